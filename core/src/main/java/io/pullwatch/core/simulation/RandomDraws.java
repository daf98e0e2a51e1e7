package io.pullwatch.core.simulation;

import java.util.SplittableRandom;

/** Draws from the distributions the simulator needs, from one seeded generator so that a seed gives one stream. */
final class RandomDraws {

    private RandomDraws() {}

    /**
     * A Poisson count of mean {@code mean}: by multiplying uniforms for small means, and by splitting a large mean
     * into parts small enough for that (Poisson sums stay Poisson), which stays exact at any size.
     */
    static int poisson(SplittableRandom rng, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        int count = 0;
        double remaining = mean;
        while (remaining > 0) {
            double part = Math.min(remaining, 30.0);
            remaining -= part;
            double limit = Math.exp(-part);
            double product = rng.nextDouble();
            while (product > limit) {
                count++;
                product *= rng.nextDouble();
            }
        }
        return count;
    }

    /** A gamma variate of the given shape and mean (Marsaglia and Tsang), for overdispersed rates. */
    static double gamma(SplittableRandom rng, double shape, double mean) {
        if (shape < 1) {
            double u = rng.nextDouble();
            // Gamma(a) = Gamma(a + 1) × U^(1/a), at the same scale (mean / shape).
            return gamma(rng, shape + 1, mean * (shape + 1) / shape) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = rng.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * mean / shape;
            }
        }
    }

    /** A lognormal variate with the given median and spread (σ of its logarithm). */
    static double lognormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    /** Log-uniform between the bounds: as likely to be in [1, 2] as in [10, 20]. */
    static double logUniform(SplittableRandom rng, double low, double high) {
        return Math.exp(Math.log(low) + rng.nextDouble() * (Math.log(high) - Math.log(low)));
    }
}
