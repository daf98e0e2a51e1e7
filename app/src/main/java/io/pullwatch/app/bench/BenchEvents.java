package io.pullwatch.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.runtime.ScenarioRecords;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.scenario.ScenarioTopic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Realistic benchmark input: consecutive demo scenarios (reviews and mentions in English and French, bursts
 * included), each round with its own ids and two hours later than the previous one.
 */
final class BenchEvents {

    private BenchEvents() {}

    static List<ReplayRecord> generate(int count, Instant start) {
        ObjectMapper mapper = JsonMappers.create();
        List<ReplayRecord> records = new ArrayList<>(count);
        Iterator<ScenarioEvent> events = stream(start);
        while (records.size() < count) {
            records.add(ScenarioRecords.toRecord(mapper, events.next()));
        }
        return records;
    }

    /** An endless stream of reviews and mentions: round after round of the demo scenario, ids unique per round. */
    static Iterator<ScenarioEvent> stream(Instant start) {
        return new Iterator<>() {
            private int round = -1;
            private Iterator<ScenarioEvent> current = List.<ScenarioEvent>of().iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ScenarioEvent next() {
                while (true) {
                    while (!current.hasNext()) {
                        round++;
                        current = DemoScenario.generate(round, start.plus(DemoScenario.LENGTH.multipliedBy(round)))
                                .events().iterator();
                    }
                    ScenarioEvent renamed = withRoundIds(current.next(), round);
                    if (renamed != null) {
                        return renamed;
                    }
                }
            }
        };
    }

    /** The review or mention with ids unique to this round (so that de-duplication keeps it); null otherwise. */
    private static ScenarioEvent withRoundIds(ScenarioEvent event, int round) {
        String suffix = "-" + round;
        if (event.topic() == ScenarioTopic.REVIEWS) {
            Review r = event.review();
            return ScenarioEvent.of(new Review(r.schemaVersion(), r.id() + suffix, r.platform(), r.storeId(),
                    r.rating(), r.title(), r.text(), r.language(), r.authorId(), r.createdAt(), r.staffMentions()),
                    event.truth());
        }
        if (event.topic() == ScenarioTopic.MENTIONS) {
            Mention m = event.mention();
            return ScenarioEvent.of(new Mention(m.schemaVersion(), m.id() + suffix, m.platform(), m.authorId(),
                    m.authorFollowers(), m.text(), m.language(), m.createdAt(),
                    m.parentId() == null ? null : m.parentId() + suffix, m.relation(), m.engagement(), m.storeHint(),
                    m.urls(), m.hashtags()), event.truth());
        }
        return null;
    }
}
