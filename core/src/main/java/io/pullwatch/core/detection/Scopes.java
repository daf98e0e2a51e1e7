package io.pullwatch.core.detection;

import io.pullwatch.core.event.Feedback;

/** Names of the scopes detectors watch. Feedback with no store (most social mentions) counts for the brand. */
public final class Scopes {

    public static final String BRAND = "brand";
    public static final String STORE_PREFIX = "store:";

    private Scopes() {}

    public static String storeScope(Feedback feedback) {
        return feedback.storeId() == null ? BRAND : STORE_PREFIX + feedback.storeId();
    }
}
