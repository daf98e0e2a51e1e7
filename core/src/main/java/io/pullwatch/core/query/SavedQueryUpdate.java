package io.pullwatch.core.query;

import io.pullwatch.core.event.SavedQuery;

/**
 * One entry of the saved-queries changelog: the latest version of a query, or its deletion (a tombstone on the
 * compacted topic) when {@code query} is null.
 */
public record SavedQueryUpdate(String queryId, SavedQuery query) {

    public static SavedQueryUpdate upsert(SavedQuery query) {
        return new SavedQueryUpdate(query.id(), query);
    }

    public static SavedQueryUpdate deletion(String queryId) {
        return new SavedQueryUpdate(queryId, null);
    }

    public boolean isDeletion() {
        return query == null;
    }
}
