package io.pullwatch.core.attribution;

import io.pullwatch.core.event.Initiative;

/**
 * One entry of the initiatives changelog: the latest version of an initiative, or its deletion (a tombstone on the
 * compacted topic) when {@code initiative} is null.
 */
public record InitiativeUpdate(String initiativeId, Initiative initiative) {

    public static InitiativeUpdate upsert(Initiative initiative) {
        return new InitiativeUpdate(initiative.id(), initiative);
    }

    public static InitiativeUpdate deletion(String initiativeId) {
        return new InitiativeUpdate(initiativeId, null);
    }

    public boolean isDeletion() {
        return initiative == null;
    }
}
