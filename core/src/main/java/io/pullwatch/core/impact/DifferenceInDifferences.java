package io.pullwatch.core.impact;

/**
 * The difference-in-differences estimator of an initiative's effect on sentiment: (store after − store before) −
 * (comparable after − comparable before), the mean sentiment per piece of feedback in each group.
 *
 * <p>Its standard error is Welch's: the four groups are independent samples with their own variances, so
 * se² = Σ s²ᵢ / nᵢ. The 95% interval for one look is the estimate ± 1.96 se.
 *
 * <p>The stage looks again at every bucket while the initiative runs, and a 95% interval looked at a hundred times
 * excludes zero by chance far more often than 5% of the time. Significance is therefore called on a (1 − α) interval
 * that stays valid at every look, α being the chance that an initiative without effect is ever called significant: the normal-mixture confidence sequence (Robbins; Howard et al., "Time-uniform, nonparametric,
 * nonasymptotic confidence sequences", 2021). With information I = 1/se² and a mixing precision ρ = 1/τ², τ being the
 * size of effect expected, the half-width is √((I + ρ) · ln((I + ρ) / (ρ α²))) / I, and the matching always-valid
 * p-value is 1/M with M = √(ρ / (I + ρ)) · exp(θ̂² I² / (2 (I + ρ))). It is wider than the one-look interval (about
 * 3 standard errors instead of 1.96 where the information is as expected, for α = 5%) and narrows as evidence
 * accumulates. The baseline groups are shared by every look, so the estimates are not quite a process of independent
 * increments; their share of the variance is small (a baseline of days against an "after" of hours), and the minimum
 * count keeps the first looks, where a normal approximation is weakest, out.
 */
public final class DifferenceInDifferences {

    /** Two-sided 95%, for the one-look interval. */
    static final double Z_95 = 1.959963984540054;
    /** A floor on the standard error, so that four groups of identical scores do not make any difference certain. */
    private static final double MIN_STANDARD_ERROR = 1e-6;

    private final int minCount;
    private final double mixingPrecision;
    private final double alpha;

    /**
     * @param minCount feedback with a sentiment needed in each of the four groups before anything is called
     * @param expectedEffect the size of effect (on the [-1, 1] sentiment scale) the always-valid interval is tightest
     *     for; smaller effects are still found, with more evidence
     * @param alpha one minus the coverage of the always-valid interval: the chance that an initiative without effect
     *     is ever called significant, however long it runs and however often it is looked at
     */
    public DifferenceInDifferences(int minCount, double expectedEffect, double alpha) {
        if (minCount < 2) {
            throw new IllegalArgumentException("minCount must be at least 2, not " + minCount);
        }
        if (!(expectedEffect > 0)) {
            throw new IllegalArgumentException("expectedEffect must be positive, not " + expectedEffect);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, not " + alpha);
        }
        this.minCount = minCount;
        this.mixingPrecision = 1.0 / (expectedEffect * expectedEffect);
        this.alpha = alpha;
    }

    public EffectEstimate estimate(GroupStats storeBefore, GroupStats storeAfter, GroupStats comparableBefore,
            GroupStats comparableAfter) {
        double estimate = (storeAfter.mean() - storeBefore.mean())
                - (comparableAfter.mean() - comparableBefore.mean());
        double variance = share(storeBefore) + share(storeAfter) + share(comparableBefore) + share(comparableAfter);
        double se = Math.max(MIN_STANDARD_ERROR, Math.sqrt(variance));
        double information = 1.0 / (se * se);
        double rho = mixingPrecision;
        double halfWidth = Math.sqrt((information + rho) * Math.log((information + rho) / (rho * alpha * alpha)))
                / information;
        double logMixture = 0.5 * Math.log(rho / (information + rho))
                + estimate * estimate * information * information / (2 * (information + rho));
        double anytimeP = Math.min(1.0, Math.exp(-logMixture));
        boolean enough = storeBefore.count() >= minCount && storeAfter.count() >= minCount
                && comparableBefore.count() >= minCount && comparableAfter.count() >= minCount;
        return new EffectEstimate(estimate, se, estimate - Z_95 * se, estimate + Z_95 * se, estimate - halfWidth,
                estimate + halfWidth, anytimeP, enough, storeBefore, storeAfter, comparableBefore, comparableAfter);
    }

    /** s²/n, the group's contribution to the variance of the estimate; 0 for an empty group. */
    private static double share(GroupStats group) {
        return group.count() == 0 ? 0.0 : group.variance() / group.count();
    }
}
