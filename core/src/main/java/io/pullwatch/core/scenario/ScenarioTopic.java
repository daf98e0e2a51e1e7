package io.pullwatch.core.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The input topic an event is replayed into, by the logical topic names the connectors use. */
public enum ScenarioTopic {
    @JsonProperty("reviews") REVIEWS,
    @JsonProperty("mentions") MENTIONS,
    @JsonProperty("initiatives") INITIATIVES
}
