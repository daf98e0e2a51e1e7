package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a record could not be accepted. Each reason has its own counter metric. */
public enum DeadLetterReason {
    @JsonProperty("malformed-json") MALFORMED_JSON,
    @JsonProperty("missing-field") MISSING_FIELD,
    @JsonProperty("wrong-type") WRONG_TYPE,
    @JsonProperty("invalid-value") INVALID_VALUE,
    @JsonProperty("bad-timestamp") BAD_TIMESTAMP,
    @JsonProperty("oversized-text") OVERSIZED_TEXT,
    @JsonProperty("unsupported-schema-version") UNSUPPORTED_SCHEMA_VERSION,
    /** A saved query the query parser refuses; the message says where and why. */
    @JsonProperty("invalid-query") INVALID_QUERY
}
