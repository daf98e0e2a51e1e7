package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Engagement counters of a social post at the time it was collected. */
public record Engagement(
        @JsonProperty("likes") long likes,
        @JsonProperty("reshares") long reshares,
        @JsonProperty("replies") long replies,
        @JsonProperty("quotes") long quotes) {

    public static final Engagement NONE = new Engagement(0, 0, 0, 0);
}
