package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A scope's mean background volume per minute, before its daily and weekly cycles and noise. */
public record ScopeRate(
        @JsonProperty("scope") String scope,
        @JsonProperty("meanPerMinute") double meanPerMinute) {}
