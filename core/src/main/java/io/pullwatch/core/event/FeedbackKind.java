package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum FeedbackKind {
    @JsonProperty("review") REVIEW,
    @JsonProperty("mention") MENTION
}
