package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.util.Objects;

/**
 * One simulated reshare cascade, as the answer key states it. {@code finalSize} counts the root and every reshare in
 * the stream (the SEISMIC convention); {@code busyUntil} is when 90% of its reshares had happened, the span in which
 * it swells its scope's volume.
 *
 * @param branchingRatio expected reshares of one reshare (infectiousness × mean followers); below 1 it dies out
 */
public record TruthCascade(
        @JsonProperty("rootId") String rootId,
        @JsonProperty("scope") String scope,
        @JsonProperty("polarity") Polarity polarity,
        @JsonProperty("start") Instant start,
        @JsonProperty("busyUntil") Instant busyUntil,
        @JsonProperty("finalSize") int finalSize,
        @JsonProperty("rootFollowers") long rootFollowers,
        @JsonProperty("infectiousness") double infectiousness,
        @JsonProperty("branchingRatio") double branchingRatio) {

    /** Cascade alerts name their scope {@code cascade:<rootId>}. */
    public static final String CASCADE_PREFIX = "cascade:";

    public TruthCascade {
        Objects.requireNonNull(rootId, "rootId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(busyUntil, "busyUntil");
    }

    /** Reshares only, the root left out. */
    public int reshares() {
        return finalSize - 1;
    }

    /** The detection scope a cascade alert names: {@code cascade:<rootId>}. */
    public String cascadeScope() {
        return CASCADE_PREFIX + rootId;
    }
}
