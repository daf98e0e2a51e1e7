package io.pullwatch.core.simulation;

import io.pullwatch.core.detection.Scopes;

/** A simulated store: its id (the contracts' storeId and storeHint) and the place its customers name. */
record SimulatedStore(String id, String place) {

    String scope() {
        return Scopes.STORE_PREFIX + id;
    }
}
