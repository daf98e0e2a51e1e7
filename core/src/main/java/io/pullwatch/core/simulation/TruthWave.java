package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.util.Objects;

/**
 * One injected wave, as the answer key states it. While it lasts, the scope's volume is {@code multiplier} times its
 * seasonal baseline at that moment (once the ramp is over): the wave adds {@code multiplier − 1} baselines of posts
 * of its polarity, about its topic. The brand's scope is all feedback, so a brand wave is relative to all of it.
 *
 * @param scope the detection scope it lands in: {@code brand} or {@code store:<id>}
 * @param extraEvents how many posts the wave added to the stream
 */
public record TruthWave(
        @JsonProperty("id") String id,
        @JsonProperty("scope") String scope,
        @JsonProperty("polarity") Polarity polarity,
        @JsonProperty("start") Instant start,
        @JsonProperty("end") Instant end,
        @JsonProperty("multiplier") double multiplier,
        @JsonProperty("speed") WaveSpeed speed,
        @JsonProperty("topic") String topic,
        @JsonProperty("extraEvents") int extraEvents) {

    public TruthWave {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(speed, "speed");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a wave ends after it starts: " + id);
        }
    }
}
