package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a mention relates to its parent post, so that cascades can be followed. */
public enum Relation {
    @JsonProperty("reshare") RESHARE,
    @JsonProperty("reply") REPLY,
    @JsonProperty("quote") QUOTE
}
