package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactNotification;

/**
 * The change in a store's feedback volume once an initiative started, against comparable stores over the same
 * periods: (store after / store before) / (comparable after / comparable before). The periods are the same for both,
 * so their lengths cancel. Counts are treated as Poisson, so the log of the ratio has standard error
 * √(1/a + 1/b + 1/c + 1/d); half a count is added to each so that an empty period gives a wide interval rather than
 * a division by zero. Overdispersion (bursts) makes the interval too narrow: it is reported, never acted on.
 */
public final class VolumeChange {

    private VolumeChange() {}

    public static ImpactNotification.Volume of(long storeBefore, long storeAfter, long comparableBefore,
            long comparableAfter) {
        double a = storeAfter + 0.5;
        double b = storeBefore + 0.5;
        double c = comparableAfter + 0.5;
        double d = comparableBefore + 0.5;
        double logRatio = Math.log(a / b) - Math.log(c / d);
        double se = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        return new ImpactNotification.Volume(Math.exp(logRatio), Math.exp(logRatio - DifferenceInDifferences.Z_95 * se),
                Math.exp(logRatio + DifferenceInDifferences.Z_95 * se), storeBefore, storeAfter, comparableBefore,
                comparableAfter);
    }
}
