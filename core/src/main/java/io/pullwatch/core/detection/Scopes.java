package io.pullwatch.core.detection;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.QueryMatch;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes detectors watch and their names: the brand (every piece of feedback), each store, each store × aspect,
 * each initiative and each saved query; cascades of reshares are watched apart, by their root post.
 */
public final class Scopes {

    public static final String BRAND = "brand";
    public static final String STORE_PREFIX = "store:";
    public static final String ASPECT_SEPARATOR = "|aspect:";
    public static final String INITIATIVE_PREFIX = "initiative:";
    public static final String QUERY_PREFIX = "query:";
    public static final String CASCADE_PREFIX = "cascade:";

    private Scopes() {}

    /** Every scope {@code feedback} counts in, each once. */
    public static List<String> of(Feedback feedback) {
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add(BRAND);
        if (feedback.storeId() != null) {
            String store = STORE_PREFIX + feedback.storeId();
            scopes.add(store);
            for (AspectMention aspect : feedback.aspects()) {
                scopes.add(store + ASPECT_SEPARATOR + aspect.aspect());
            }
        }
        for (Attribution attribution : feedback.attributions()) {
            scopes.add(INITIATIVE_PREFIX + attribution.initiativeId());
        }
        for (QueryMatch match : feedback.queryMatches()) {
            scopes.add(QUERY_PREFIX + match.queryId());
        }
        return new ArrayList<>(scopes);
    }
}
