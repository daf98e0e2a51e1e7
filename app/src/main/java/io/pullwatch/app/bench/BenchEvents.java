package io.pullwatch.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.scenario.Scenario;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.scenario.ScenarioTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
        for (int round = 0; records.size() < count; round++) {
            Duration shift = DemoScenario.LENGTH.multipliedBy(round);
            Scenario scenario = DemoScenario.generate(round, start.plus(shift));
            for (ScenarioEvent event : scenario.events()) {
                if (records.size() == count) {
                    break;
                }
                if (event.topic() == ScenarioTopic.REVIEWS) {
                    Review r = event.review();
                    Review copy = new Review(r.schemaVersion(), r.id() + "-" + round, r.platform(), r.storeId(),
                            r.rating(), r.title(), r.text(), r.language(), r.authorId(), r.createdAt(), r.staffMentions());
                    records.add(new ReplayRecord(Topics.REVIEWS, copy.id(), copy.createdAt(), bytes(mapper, copy)));
                } else if (event.topic() == ScenarioTopic.MENTIONS) {
                    Mention m = event.mention();
                    Mention copy = new Mention(m.schemaVersion(), m.id() + "-" + round, m.platform(), m.authorId(),
                            m.authorFollowers(), m.text(), m.language(), m.createdAt(),
                            m.parentId() == null ? null : m.parentId() + "-" + round, m.relation(), m.engagement(),
                            m.storeHint(), m.urls(), m.hashtags());
                    records.add(new ReplayRecord(Topics.MENTIONS, copy.id(), copy.createdAt(), bytes(mapper, copy)));
                }
            }
        }
        return records;
    }

    private static byte[] bytes(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
