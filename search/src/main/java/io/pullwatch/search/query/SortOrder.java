package io.pullwatch.search.query;

import java.util.Locale;

/** How search results are ordered. */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    static SortOrder of(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort must be relevance, newest or oldest, not '" + text + "'");
        }
    }
}
