package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactNotification;

/**
 * A difference-in-differences estimate of an initiative's effect on the mean sentiment of its store's feedback, with
 * the four groups it was computed from. {@code low}/{@code high}: the 95% Welch interval for a single look;
 * {@code anytimeLow}/{@code anytimeHigh}: the (1 − α) interval that holds however often the estimate is looked at,
 * and {@code anytimePValue} its p-value. {@code enoughData}: every group has the minimum count.
 */
public record EffectEstimate(
        double estimate,
        double standardError,
        double low,
        double high,
        double anytimeLow,
        double anytimeHigh,
        double anytimePValue,
        boolean enoughData,
        GroupStats storeBefore,
        GroupStats storeAfter,
        GroupStats comparableBefore,
        GroupStats comparableAfter) {

    /** Enough data, and the always-valid interval excludes zero. */
    public boolean significant() {
        return enoughData && (anytimeLow > 0 || anytimeHigh < 0);
    }

    /** +1 for a positive effect, -1 for a negative one, 0 when not significant. */
    public int direction() {
        return !significant() ? 0 : estimate > 0 ? 1 : -1;
    }

    /** How sure we are that there is an effect at all, in [0, 1]: one minus the always-valid p-value. */
    public double confidence() {
        return enoughData ? 1.0 - anytimePValue : 0.0;
    }

    public ImpactNotification.Effect toContract() {
        return new ImpactNotification.Effect(estimate, standardError, low, high, anytimeLow, anytimeHigh,
                significant(), mean(storeBefore), mean(storeAfter), mean(comparableBefore), mean(comparableAfter));
    }

    private static ImpactNotification.GroupMean mean(GroupStats stats) {
        return new ImpactNotification.GroupMean(stats.count(), stats.mean());
    }
}
