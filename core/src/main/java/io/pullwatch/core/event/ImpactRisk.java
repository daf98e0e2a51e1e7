package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What can go wrong with a staff initiative, as the impact stage flags it from what customers write. */
public enum ImpactRisk {
    /** A success too big to serve: sold out, out of stock, nothing left. */
    @JsonProperty("stock-and-availability") STOCK_AND_AVAILABILITY,
    /** Discounts talked about beyond the offer the initiative (or the brand) stated: margins not respected. */
    @JsonProperty("price-and-margin") PRICE_AND_MARGIN,
    /** Content outside the brand's perimeter or inappropriate, from a configurable lexicon. */
    @JsonProperty("off-brand") OFF_BRAND,
    /** An offer or code cited that neither the brand's official communication nor the initiative announced. */
    @JsonProperty("official-communication") OFFICIAL_COMMUNICATION,
    /** Customers referring to a staff member's private channel: personal e-mail, phone number, private account. */
    @JsonProperty("private-channel") PRIVATE_CHANNEL
}
