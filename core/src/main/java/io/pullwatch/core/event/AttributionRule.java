package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which rule tied a piece of feedback to an initiative; explicit rules are stronger evidence than context. */
public enum AttributionRule {
    @JsonProperty("code") CODE,
    @JsonProperty("hashtag") HASHTAG,
    @JsonProperty("alias") ALIAS,
    @JsonProperty("staff-name") STAFF_NAME,
    @JsonProperty("partner") PARTNER,
    @JsonProperty("context") CONTEXT,
    /** A reply, quote or reshare is about what the post it answers is about. */
    @JsonProperty("thread") THREAD,
    @JsonProperty("query") QUERY
}
