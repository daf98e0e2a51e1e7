package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A replayable stretch of activity: the initiatives known up front, every event in time order (initiatives first,
 * at {@code start}), and the waves planted in it.
 */
public record Scenario(
        List<Initiative> initiatives, List<ScenarioEvent> events, List<Wave> waves, Instant start, Duration length) {

    public Scenario {
        initiatives = List.copyOf(initiatives);
        events = List.copyOf(events);
        waves = List.copyOf(waves);
    }
}
