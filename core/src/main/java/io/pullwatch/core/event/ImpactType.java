package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ImpactType {
    @JsonProperty("significant-effect") SIGNIFICANT_EFFECT,
    @JsonProperty("risk") RISK,
    @JsonProperty("daily-digest") DAILY_DIGEST
}
