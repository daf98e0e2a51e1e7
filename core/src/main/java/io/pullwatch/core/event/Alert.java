package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A viral or unusual reaction in one scope. {@code alertId} names the episode and is stable under replay;
 * {@code revision} grows with each update so that consumers can de-duplicate on (alertId, revision).
 */
public record Alert(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "alertId", required = true) String alertId,
        @JsonProperty("revision") int revision,
        @JsonProperty("status") AlertStatus status,
        @JsonProperty("scope") String scope,
        @JsonProperty("polarity") Polarity polarity,
        @JsonProperty("severity") int severity,
        @JsonProperty("windowStart") Instant windowStart,
        @JsonProperty("windowEnd") Instant windowEnd,
        @JsonProperty("detector") String detector,
        @JsonProperty("summary") String summary,
        @JsonProperty("evidence") AlertEvidence evidence) {}
