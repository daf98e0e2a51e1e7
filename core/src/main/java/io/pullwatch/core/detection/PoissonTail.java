package io.pullwatch.core.detection;

/**
 * How surprising a count is under a Poisson law: {@code −log10 P(N ≥ n | λ)}, computed in log space so that
 * probabilities far below {@code 1e-300} still compare. Non-integer counts (reach-weighted volumes) use the
 * continuous extension {@code P(N ≥ n) = P(n, λ)}, the regularised lower incomplete gamma function.
 */
public final class PoissonTail {

    private static final double LN10 = Math.log(10);
    private static final int MAX_ITERATIONS = 500;
    private static final double EPSILON = 1e-12;

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};

    private PoissonTail() {}

    /** {@code −log10 P(N ≥ n)} for N ~ Poisson(λ); 0 when n ≤ 0 (certain) or λ is not positive and n is 0. */
    public static double surprise(double n, double lambda) {
        if (n <= 0) {
            return 0.0;
        }
        if (lambda <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -logLowerRegularizedGamma(n, lambda) / LN10;
    }

    /** {@code P(N ≥ n)} itself, for tests against a significance level; it underflows to 0 below about 1e-308. */
    public static double atLeast(double n, double lambda) {
        return Math.pow(10, -surprise(n, lambda));
    }

    /** ln P(a, x), the regularised lower incomplete gamma function (Numerical Recipes §6.2). */
    static double logLowerRegularizedGamma(double a, double x) {
        double logPrefix = a * Math.log(x) - x - logGamma(a);
        if (x < a + 1) {
            double term = 1.0 / a;
            double sum = term;
            for (int i = 1; i < MAX_ITERATIONS; i++) {
                term *= x / (a + i);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                    break;
                }
            }
            return logPrefix + Math.log(sum);
        }
        // Continued fraction for Q = 1 − P; P = 1 − Q.
        double b = x + 1 - a;
        double c = 1.0 / Double.MIN_NORMAL;
        double d = 1.0 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < Double.MIN_NORMAL) {
                d = Double.MIN_NORMAL;
            }
            c = b + an / c;
            if (Math.abs(c) < Double.MIN_NORMAL) {
                c = Double.MIN_NORMAL;
            }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        double q = Math.exp(logPrefix) * h;
        return Math.log1p(-Math.min(q, 1.0 - 1e-16));
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9), accurate to about 15 digits. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = LANCZOS;
        double y = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (y + i);
        }
        double t = y + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
