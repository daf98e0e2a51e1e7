package io.pullwatch.core.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * What to simulate. Rates are posts per minute at the weekly mean; each store's is drawn log-uniformly between the
 * two bounds, so that small and busy stores are both there. Waves are injected only after {@code warmUp}, the time
 * detectors are given to learn each scope's usual level.
 *
 * @param wavesPerDay injected waves per scored day, over all scopes
 * @param cascadesPerDay reshare cascades started per day, nearly all of which die out
 * @param viralCascadesPerDay of those, how many per scored day are made to go viral (at least one per stream)
 */
public record SimulationSettings(
        long seed,
        Instant start,
        int days,
        int stores,
        double brandPerMinute,
        double storeMinPerMinute,
        double storeMaxPerMinute,
        double wavesPerDay,
        double cascadesPerDay,
        double viralCascadesPerDay,
        Duration warmUp) {

    /** A Monday at midnight, in the past so that no timestamp is refused as being in the future. */
    public static final Instant DEFAULT_START = Instant.parse("2025-03-03T00:00:00Z");

    public SimulationSettings {
        if (days < 2) {
            throw new IllegalArgumentException("days must be at least 2 (one of warm-up, one scored)");
        }
        if (stores < 1 || stores > FeedbackSimulator.STORES.size()) {
            throw new IllegalArgumentException("stores must be between 1 and " + FeedbackSimulator.STORES.size());
        }
        if (!(brandPerMinute >= 0) || !(storeMinPerMinute > 0) || !(storeMaxPerMinute >= storeMinPerMinute)) {
            throw new IllegalArgumentException("rates must be positive, the store minimum at most the maximum");
        }
        if (!(wavesPerDay >= 0) || !(cascadesPerDay >= 0) || !(viralCascadesPerDay >= 0)) {
            throw new IllegalArgumentException("waves and cascades per day must not be negative");
        }
        if (warmUp == null || warmUp.isNegative() || warmUp.compareTo(Duration.ofDays(days - 1)) > 0) {
            throw new IllegalArgumentException("warm-up must leave at least one day to score");
        }
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
    }

    /**
     * Twelve stores of 0.15 to 1 post a minute, the brand at 1 a minute, six waves a day after a day of warm-up,
     * twelve cascades a day of which one every three days or so goes viral.
     */
    public static SimulationSettings defaults(long seed, int days) {
        return new SimulationSettings(seed, DEFAULT_START, days, 12, 1.0, 0.15, 1.0, 6.0, 12.0, 0.3,
                Duration.ofDays(1));
    }

    public Instant end() {
        return start.plus(Duration.ofDays(days));
    }

    public Instant scoredFrom() {
        return start.plus(warmUp);
    }
}
