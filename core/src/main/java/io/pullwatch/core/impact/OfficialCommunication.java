package io.pullwatch.core.impact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.json.JsonMappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The brand's official messages and offers, period by period ({@code config/official-communication.json}). Feedback
 * citing an offer or a code that neither this list nor the store's initiatives announced contradicts official
 * communication.
 */
public record OfficialCommunication(@JsonProperty(value = "offers", required = true) List<OfficialOffer> offers)
        implements Serializable {

    public static final OfficialCommunication NONE = new OfficialCommunication(List.of());
    public static final String DEFAULT_RESOURCE = "/io/pullwatch/core/impact/official-communication.json";

    @JsonCreator
    public OfficialCommunication {
        offers = offers == null ? List.of() : List.copyOf(offers);
        Set<String> ids = new HashSet<>();
        for (OfficialOffer offer : offers) {
            if (offer == null) {
                throw new IllegalArgumentException("an official offer is null");
            }
            if (!ids.add(offer.id())) {
                throw new IllegalArgumentException("official offer '" + offer.id() + "' is listed twice");
            }
        }
    }

    /** The list shipped with Pullwatch (the same as {@code config/official-communication.json}). */
    public static OfficialCommunication fromClasspath() {
        try (InputStream in = OfficialCommunication.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static OfficialCommunication fromFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static OfficialCommunication read(InputStream in) throws IOException {
        ObjectMapper mapper = JsonMappers.create();
        return mapper.readValue(in, OfficialCommunication.class);
    }

    /** What the brand officially announces for {@code storeId} at {@code at}. */
    public OfferSet at(String storeId, Instant at) {
        List<Integer> discounts = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (OfficialOffer offer : offers) {
            if (offer.appliesTo(storeId, at)) {
                discounts.addAll(offer.discounts());
                codes.addAll(offer.codes());
            }
        }
        return new OfferSet(discounts, codes);
    }
}
