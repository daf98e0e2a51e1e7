package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A retired initiative is kept for history but attracts no new attributions. */
public enum InitiativeStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("retired") RETIRED
}
