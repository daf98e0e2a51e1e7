package io.pullwatch.app.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.Scenario;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.scenario.ScenarioTopic;
import java.util.List;

/** A scenario's events as records to publish. */
public final class ScenarioRecords {

    private ScenarioRecords() {}

    /** The reviews and mentions of a scenario; its initiatives are registered separately. */
    public static List<ReplayRecord> feedbackOf(Scenario scenario) {
        ObjectMapper mapper = JsonMappers.create();
        return scenario.events().stream()
                .filter(e -> e.topic() != ScenarioTopic.INITIATIVES)
                .map(e -> toRecord(mapper, e))
                .toList();
    }

    /** A review or mention event as the record to publish, keyed by its id, at its event time. */
    public static ReplayRecord toRecord(ObjectMapper mapper, ScenarioEvent event) {
        TopicSpec<?> topic = event.topic() == ScenarioTopic.REVIEWS ? Topics.REVIEWS : Topics.MENTIONS;
        String key = event.review() != null ? event.review().id() : event.mention().id();
        try {
            return new ReplayRecord(topic, key, event.at(), mapper.writeValueAsBytes(event.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode scenario event " + key, e);
        }
    }
}
