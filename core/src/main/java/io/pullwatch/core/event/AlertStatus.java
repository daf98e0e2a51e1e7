package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lifecycle of one alert episode: one id, several revisions. */
public enum AlertStatus {
    @JsonProperty("opened") OPENED,
    @JsonProperty("updated") UPDATED,
    @JsonProperty("resolved") RESOLVED
}
