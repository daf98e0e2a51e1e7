package io.pullwatch.core.detection;

import java.io.Serializable;
import java.time.Duration;

/**
 * The wave detector's settings (keys {@code detection.*}).
 *
 * @param bucket          event-time bucket of the counts
 * @param openSurprise    −log10 tail probability (after the multiple-window correction) at which an alert opens
 * @param closeSurprise   below this, a bucket counts as quiet
 * @param minEvents       fewest events in the firing window: two posts are never a wave
 * @param minRatio        fewest times the expected volume in the firing window
 * @param minHistory      how long a scope must have been watched before it may fire
 * @param cooldown        quiet time that resolves an alert, and the least time before the scope may fire again
 * @param floorPerHour    least expected volume per hour, so that a nearly silent scope does not fire on a handful
 * @param viralCascade    predicted final reshares from which a post's cascade is flagged as going viral
 * @param minReshares     fewest reshares seen before a cascade forecast is trusted
 */
public record DetectionSettings(
        Duration bucket,
        double openSurprise,
        double closeSurprise,
        int minEvents,
        double minRatio,
        Duration minHistory,
        Duration cooldown,
        double floorPerHour,
        long viralCascade,
        int minReshares) implements Serializable {

    public DetectionSettings {
        if (bucket.isNegative() || bucket.isZero() || bucket.toMillis() > SeasonalBaseline.HOUR
                || SeasonalBaseline.HOUR % bucket.toMillis() != 0) {
            throw new IllegalArgumentException("bucket must divide an hour, was " + bucket);
        }
        if (closeSurprise < 0 || openSurprise <= closeSurprise) {
            throw new IllegalArgumentException("need 0 <= close surprise < open surprise");
        }
        if (minEvents < 1 || minRatio < 1 || floorPerHour <= 0 || viralCascade < 1 || minReshares < 1) {
            throw new IllegalArgumentException(
                    "min events, min ratio, floor, viral cascade size and min reshares must be positive (ratio >= 1)");
        }
        if (minHistory.isNegative() || cooldown.isNegative() || cooldown.compareTo(bucket) < 0) {
            throw new IllegalArgumentException("min history must be >= 0 and cooldown at least one bucket");
        }
    }

    long bucketMillis() {
        return bucket.toMillis();
    }

    double bucketHours() {
        return bucket.toMillis() / (double) SeasonalBaseline.HOUR;
    }
}
