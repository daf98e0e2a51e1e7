package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The answer key of one simulated stream: its span, the part of it detectors are scored on (after a warm-up in which
 * they learn the usual levels and no wave is injected), the scopes' rates, the waves and the cascades.
 */
public record SimulationTruth(
        @JsonProperty("seed") long seed,
        @JsonProperty("start") Instant start,
        @JsonProperty("end") Instant end,
        @JsonProperty("scoredFrom") Instant scoredFrom,
        @JsonProperty("scopes") List<ScopeRate> scopes,
        @JsonProperty("waves") List<TruthWave> waves,
        @JsonProperty("cascades") List<TruthCascade> cascades) {

    public SimulationTruth {
        scopes = List.copyOf(scopes);
        waves = List.copyOf(waves);
        cascades = List.copyOf(cascades);
    }

    /** Length of the scored part in days, for rates such as alerts per day. */
    public double scoredDays() {
        return Duration.between(scoredFrom, end).toMillis() / (double) Duration.ofDays(1).toMillis();
    }
}
