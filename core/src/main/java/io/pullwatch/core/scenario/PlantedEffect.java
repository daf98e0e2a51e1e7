package io.pullwatch.core.scenario;

import java.time.Instant;

/**
 * An initiative whose effect on its store's sentiment the scenario planted: positive, negative or none, from
 * {@code onset} to {@code end}. {@code detectableAt} is when the effect's evidence first existed (see
 * {@link EffectDetectability}: in the answer key, as the feedback's stars say); null for no effect, which should
 * never be called significant.
 */
public record PlantedEffect(String initiativeId, String storeId, Direction direction, Instant onset, Instant end,
        Instant detectableAt, int events) {

    public enum Direction { POSITIVE, NEGATIVE, NONE }

    /** The same effect, detectable at another time (as another reading of the feedback finds it). */
    public PlantedEffect detectableAt(Instant at) {
        return new PlantedEffect(initiativeId, storeId, direction, onset, end, at, events);
    }
}
