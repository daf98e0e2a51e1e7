package io.pullwatch.core.impact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One message or offer of the brand's official communication: from when until when it runs, in which stores (all of
 * them when none is listed), what it says, and the discounts (percent) and codes it announces.
 */
public record OfficialOffer(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "from", required = true) Instant from,
        @JsonProperty(value = "until", required = true) Instant until,
        @JsonProperty("stores") List<String> stores,
        @JsonProperty("message") String message,
        @JsonProperty("discounts") List<Integer> discounts,
        @JsonProperty("codes") List<String> codes) implements Serializable {

    @JsonCreator
    public OfficialOffer {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an official offer needs an id");
        }
        if (from == null || until == null || !from.isBefore(until)) {
            throw new IllegalArgumentException("official offer '" + id + "': 'from' must come before 'until'");
        }
        stores = stores == null ? List.of() : List.copyOf(stores);
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        codes = codes == null ? List.of() : codes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList();
        for (String store : stores) {
            if (store.isBlank()) {
                throw new IllegalArgumentException("official offer '" + id + "': a store id is blank");
            }
        }
        for (int discount : discounts) {
            if (discount < 1 || discount > 100) {
                throw new IllegalArgumentException(
                        "official offer '" + id + "': discount " + discount + " is not a percentage from 1 to 100");
            }
        }
        for (String code : codes) {
            if (code.isEmpty()) {
                throw new IllegalArgumentException("official offer '" + id + "': a code is blank");
            }
        }
    }

    /** Whether the offer runs at {@code storeId} at {@code at} (from inclusive, until exclusive). */
    public boolean appliesTo(String storeId, Instant at) {
        return !at.isBefore(from) && at.isBefore(until) && (stores.isEmpty() || stores.contains(storeId));
    }
}
