package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A rejected input record: why, where it came from, and its original bytes (base64 in JSON) for replay. */
public record DeadLetter(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "reason", required = true) DeadLetterReason reason,
        @JsonProperty("error") String error,
        @JsonProperty("sourceTopic") String sourceTopic,
        @JsonProperty("partition") int partition,
        @JsonProperty("offset") long offset,
        @JsonProperty("originalBytes") byte[] originalBytes,
        @JsonProperty("failedAt") Instant failedAt) {

    public static DeadLetter of(RawRecord raw, Rejection rejection, Instant failedAt) {
        return new DeadLetter(SchemaVersion.CURRENT, rejection.reason(), rejection.message(), raw.topic(),
                raw.partition(), raw.offset(), raw.value(), failedAt);
    }
}
