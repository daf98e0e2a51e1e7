package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Polarity {
    @JsonProperty("positive") POSITIVE,
    @JsonProperty("negative") NEGATIVE,
    @JsonProperty("mixed") MIXED
}
