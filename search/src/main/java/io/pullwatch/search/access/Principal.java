package io.pullwatch.search.access;

import java.util.Locale;
import java.util.Objects;

/** Who is asking: a role, and for a store manager the one store they see (lower case, as indexed). */
public record Principal(Role role, String store) {

    public Principal {
        Objects.requireNonNull(role, "role");
        if ((role == Role.STORE_MANAGER) != (store != null && !store.isBlank())) {
            throw new IllegalArgumentException(role == Role.STORE_MANAGER
                    ? "a store manager needs a store: store-manager:STORE" : "only a store manager has a store");
        }
        store = store == null ? null : store.trim().toLowerCase(Locale.ROOT);
    }

    /** How the principal is named in saved queries they own and in logs, e.g. "store-manager:lille-centre". */
    public String name() {
        return store == null ? role.label() : role.label() + ":" + store;
    }
}
