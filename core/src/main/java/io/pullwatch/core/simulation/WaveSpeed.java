package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** How fast an injected wave reaches its full size: at once, or growing linearly over its ramp. */
public enum WaveSpeed {
    @JsonProperty("sudden") SUDDEN(Duration.ZERO),
    @JsonProperty("ramp-10min") RAMP_10_MIN(Duration.ofMinutes(10)),
    @JsonProperty("ramp-1h") RAMP_1_H(Duration.ofHours(1));

    private final Duration ramp;

    WaveSpeed(Duration ramp) {
        this.ramp = ramp;
    }

    public Duration ramp() {
        return ramp;
    }

    /** The share of the wave's full rate reached {@code sinceStart} after it began, in [0, 1]. */
    public double ramped(Duration sinceStart) {
        if (ramp.isZero()) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) sinceStart.toMillis() / ramp.toMillis()));
    }
}
