package io.pullwatch.core.detection;

import java.time.Duration;
import java.util.List;

/**
 * Predicts how many reshares a post will finally get from the reshares seen so far, with the self-exciting point
 * process of SEISMIC (Zhao, Erdogdu, He, Rajaraman and Leskovec, KDD 2015).
 *
 * <p>Each post (the root and every reshare) exposes its author's followers over time with the human reaction-time
 * kernel φ: flat for the first five minutes, then a power law. The post's infectiousness p, the chance that one
 * exposure becomes a reshare, is estimated as the reshares seen divided by the exposures so far, both weighted by a
 * triangular kernel over a recent window so that the estimate follows a cascade that cools. Each exposure still to
 * come then yields p reshares, each of which brings its own {@code n*} followers:
 * {@code final = reshares + p × (exposures still due) / (1 − p × n*)}. When {@code p × n* ≥ 1} the process is
 * supercritical and the size unbounded.
 *
 * <p>Constants are the paper's: s₀ = 5 minutes, θ = 0.242, c = 6.27 × 10⁻⁴ per second (so that φ integrates to about
 * one), n* = 100; the estimation window is half the post's age, kept between 5 minutes and 2 hours, and widened to
 * hold at least 5 reshares, as in the authors' R package.
 */
public final class CascadeForecast {

    static final double S0 = 300.0;
    static final double THETA = 0.242;
    static final double C = 6.27e-4;
    static final double N_STAR = 100.0;
    static final double MIN_WINDOW = 300.0;
    static final double MAX_WINDOW = 2 * 3600.0;
    static final int MIN_COUNT = 5;
    /** z for the 95% interval of the infectiousness, from the Poisson count of weighted reshares. */
    private static final double Z = 1.96;

    /** One post of the cascade: seconds after the root, and its author's followers. The root comes first. */
    public record Share(double seconds, long followers) {}

    /**
     * The forecast at one moment: reshares so far, the predicted final number of reshares with a 95% interval
     * (infinite when supercritical), and the infectiousness behind it.
     */
    public record Forecast(Duration age, int resharesSoFar, double predicted, double low, double high,
            double infectiousness) {

        public boolean isSupercritical() {
            return Double.isInfinite(predicted);
        }
    }

    private CascadeForecast() {}

    /** The forecast {@code age} after the root, from the shares (root first, in time order) seen by then. */
    public static Forecast at(List<Share> cascade, Duration age) {
        double t = age.toMillis() / 1000.0;
        int seen = 0;
        while (seen < cascade.size() && cascade.get(seen).seconds() <= t) {
            seen++;
        }
        if (seen == 0) {
            throw new IllegalArgumentException("the root must be seen by the time of the forecast");
        }
        int reshares = seen - 1;
        double slope = 1.0 / window(cascade, seen, t);
        double weightedReshares = 0;
        double weightedExposures = 0;
        double exposuresDue = 0;
        for (int i = 0; i < seen; i++) {
            Share share = cascade.get(i);
            double elapsed = t - share.seconds();
            if (i > 0) {
                weightedReshares += Math.max(0, 1 - slope * elapsed);
            }
            weightedExposures += share.followers() * weightedKernelMass(elapsed, slope);
            exposuresDue += share.followers() * (1 - kernelMass(elapsed));
        }
        if (weightedExposures <= 0) {
            return new Forecast(age, reshares, reshares, reshares, reshares, 0);
        }
        double p = weightedReshares / weightedExposures;
        double spread = Z * Math.sqrt(weightedReshares) / weightedExposures;
        return new Forecast(age, reshares, finalSize(reshares, p, exposuresDue),
                finalSize(reshares, Math.max(0, p - spread), exposuresDue), finalSize(reshares, p + spread,
                        exposuresDue), p);
    }

    private static double finalSize(int reshares, double p, double exposuresDue) {
        return p * N_STAR >= 1 ? Double.POSITIVE_INFINITY : reshares + p * exposuresDue / (1 - p * N_STAR);
    }

    /** Half the age within [5 min, 2 h], widened to reach back over at least {@link #MIN_COUNT} reshares. */
    private static double window(List<Share> cascade, int seen, double t) {
        double window = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, t / 2));
        int inWindow = 0;
        for (int i = seen - 1; i > 0 && cascade.get(i).seconds() >= t - window; i--) {
            inWindow++;
        }
        if (inWindow < MIN_COUNT && seen > 1) {
            int oldest = Math.max(1, seen - 1 - MIN_COUNT);
            window = Math.max(window, t - cascade.get(oldest).seconds());
        }
        return Math.max(window, 1.0);
    }

    /** φ(s): the density of reaction times, s seconds after a post. */
    static double kernel(double s) {
        return s < 0 ? 0 : s <= S0 ? C : C * Math.pow(s / S0, -(1 + THETA));
    }

    /** Φ(s) = ∫₀ˢ φ: the share of a post's audience reached after s seconds. */
    static double kernelMass(double s) {
        if (s <= 0) {
            return 0;
        }
        return s <= S0 ? C * s : C * S0 + C * S0 / THETA * (1 - Math.pow(s / S0, -THETA));
    }

    /** ∫₀ˢ u φ(u) du. */
    private static double firstMoment(double s) {
        if (s <= S0) {
            return C * s * s / 2;
        }
        return C * S0 * S0 / 2 + C * Math.pow(S0, 1 + THETA) * (Math.pow(s, 1 - THETA) - Math.pow(S0, 1 - THETA))
                / (1 - THETA);
    }

    /**
     * ∫ over the post's life so far of the triangular weight of each moment (1 at the forecast, 0 one window back)
     * times φ: the exposures it brought, counted as the reshares are.
     */
    static double weightedKernelMass(double elapsed, double slope) {
        if (elapsed <= 0) {
            return 0;
        }
        double from = Math.max(0, elapsed - 1 / slope);
        // weight(u) = 1 − slope × (elapsed − u) for u in [from, elapsed]
        return (1 - slope * elapsed) * (kernelMass(elapsed) - kernelMass(from))
                + slope * (firstMoment(elapsed) - firstMoment(from));
    }
}
