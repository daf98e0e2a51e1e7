package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A scope's mean background volume per minute, before its daily and weekly cycles and noise: a store's own, the
 * brand's being all feedback (its own chatter and every store's), as the pipeline's brand scope counts it.
 */
public record ScopeRate(
        @JsonProperty("scope") String scope,
        @JsonProperty("meanPerMinute") double meanPerMinute) {}
