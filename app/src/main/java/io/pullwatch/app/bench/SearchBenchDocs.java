package io.pullwatch.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.understanding.TextUnderstanding;
import io.pullwatch.core.understanding.Understanding;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Enriched feedback for the search benchmark, as the pipeline would write it: the demo scenario's reviews and
 * mentions round after round (ids unique, two hours later each round), with language, sentiment and aspects from the
 * real text stage (worked out once per distinct text) and the ground truth's initiative as an attribution.
 * The same seed gives the same documents, so the ceiling and the service index the same ones.
 */
final class SearchBenchDocs {

    /** One document: the feedback and its JSON as it travels on the feedback topic. */
    record Doc(Feedback feedback, byte[] json) {}

    private final Iterator<ScenarioEvent> events;
    private final TextUnderstanding stage = TextUnderstanding.standard();
    private final Map<String, Understanding> understood;
    private final ObjectWriter writer = JsonMappers.create().writerFor(Feedback.class);

    /** @param understood the text stage's answers by text, shared between generators of one run */
    SearchBenchDocs(Instant start, Map<String, Understanding> understood) {
        this.events = BenchEvents.stream(start);
        this.understood = understood;
    }

    static Map<String, Understanding> cache() {
        return new HashMap<>();
    }

    Doc next() {
        ScenarioEvent event = events.next();
        Feedback plain = event.review() != null ? Feedback.of(event.review()) : Feedback.of(event.mention());
        String key = plain.language() + '\u0000' + plain.title() + '\u0000' + plain.text() + '\u0000'
                + (event.review() != null ? event.review().rating() : "");
        Understanding u = understood.get(key);
        if (u == null) {
            Feedback enriched = stage.enrich(plain);
            u = new Understanding(enriched.language(), enriched.sentiment(), enriched.aspects());
            if (understood.size() < 500_000) {
                understood.put(key, u);
            }
        }
        Feedback feedback = plain.withUnderstanding(u.language(), u.sentiment(), u.aspects());
        if (event.truth().initiativeId() != null) {
            feedback = feedback.withAttributions(List.of(new Attribution(event.truth().initiativeId(), 0.8,
                    AttributionRule.CONTEXT, "benchmark ground truth")));
        }
        try {
            return new Doc(feedback, writer.writeValueAsBytes(feedback));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
