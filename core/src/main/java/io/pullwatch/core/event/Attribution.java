package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A piece of feedback tied to an initiative, with the rule that fired and what it matched. */
public record Attribution(
        @JsonProperty("initiativeId") String initiativeId,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("rule") AttributionRule rule,
        @JsonProperty("evidence") String evidence) {}
