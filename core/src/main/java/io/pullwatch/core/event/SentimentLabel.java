package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SentimentLabel {
    @JsonProperty("negative") NEGATIVE,
    @JsonProperty("neutral") NEUTRAL,
    @JsonProperty("positive") POSITIVE
}
