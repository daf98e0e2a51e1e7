package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of thing a member of staff tried. */
public enum InitiativeKind {
    @JsonProperty("customer-chat") CUSTOMER_CHAT,
    @JsonProperty("local-partnership") LOCAL_PARTNERSHIP,
    @JsonProperty("flash-promotion") FLASH_PROMOTION,
    @JsonProperty("event") EVENT,
    @JsonProperty("other") OTHER
}
