package io.pullwatch.search.access;

import java.util.Locale;

/** What a bearer token may do. */
public enum Role {
    /** Searches every store; creates and deletes saved queries. */
    MARKETING,
    /** Searches every store; erases an author's feedback on a privacy request. */
    OPERATIONS,
    /** Searches one store only; every query is restricted to it, and asking for another store is refused. */
    STORE_MANAGER;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role ofLabel(String label) {
        for (Role role : values()) {
            if (role.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + label + "'; the roles are marketing, operations and "
                + "store-manager:STORE");
    }
}
