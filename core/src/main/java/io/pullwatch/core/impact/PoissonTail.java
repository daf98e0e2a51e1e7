package io.pullwatch.core.impact;

/** Upper tail of the Poisson distribution: the chance of seeing at least {@code k} events when {@code mean} are expected. */
public final class PoissonTail {

    private PoissonTail() {}

    /** P(X ≥ k) for X ~ Poisson(mean), summed in log space so that large counts neither overflow nor underflow. */
    public static double atLeast(long k, double mean) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        // P(X ≥ k) = 1 − P(X ≤ k − 1); below the mean the complement is the accurate side, above it the tail itself.
        if (k - 1 < mean) {
            return Math.max(0.0, 1.0 - cumulative(k - 1, mean));
        }
        double logTerm = k * Math.log(mean) - mean - logFactorial(k);
        double sum = 0.0;
        for (long i = k; ; i++) {
            double term = Math.exp(logTerm);
            sum += term;
            if (term < sum * 1e-15 || i - k > 10_000) {
                break;
            }
            logTerm += Math.log(mean) - Math.log(i + 1);
        }
        return Math.min(1.0, sum);
    }

    private static double cumulative(long k, double mean) {
        double logTerm = -mean;
        double sum = 0.0;
        for (long i = 0; i <= k; i++) {
            sum += Math.exp(logTerm);
            logTerm += Math.log(mean) - Math.log(i + 1);
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long n) {
        double sum = 0.0;
        for (long i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }
}
