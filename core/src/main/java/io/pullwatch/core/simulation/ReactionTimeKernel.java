package io.pullwatch.core.simulation;

import java.util.SplittableRandom;

/**
 * The human reaction-time kernel of SEISMIC (Zhao et al., KDD 2015), with the paper's constants: a post's audience
 * reacts at a flat rate {@code C} for the first five minutes, then along a power law of exponent {@code 1 + θ}. Its
 * total mass {@link #TOTAL} is about 0.97: of a post's followers, that share would ever see it.
 */
public final class ReactionTimeKernel {

    /** Seconds of the flat start. */
    public static final double S0 = 300.0;
    public static final double THETA = 0.242;
    /** Reaction rate per second in the flat start. */
    public static final double C = 6.27e-4;
    public static final double TOTAL = C * S0 + C * S0 / THETA;

    private ReactionTimeKernel() {}

    /** φ(s): reactions per second, s seconds after the post. */
    public static double density(double seconds) {
        if (seconds < 0) {
            return 0;
        }
        return seconds <= S0 ? C : C * Math.pow(seconds / S0, -(1 + THETA));
    }

    /** Φ(s) = ∫₀ˢ φ. */
    public static double mass(double seconds) {
        if (seconds <= 0) {
            return 0;
        }
        return seconds <= S0 ? C * seconds : C * S0 + C * S0 / THETA * (1 - Math.pow(seconds / S0, -THETA));
    }

    /** The s at which Φ(s) = {@code target}, for a target below {@link #TOTAL}. */
    public static double inverseMass(double target) {
        if (target <= C * S0) {
            return target / C;
        }
        double tail = 1 - (target - C * S0) * THETA / (C * S0);
        return S0 * Math.pow(tail, -1 / THETA);
    }

    /** A reaction delay in seconds drawn from φ restricted to [0, {@code horizon}]. */
    static double sample(SplittableRandom rng, double horizon) {
        return Math.min(horizon, inverseMass(rng.nextDouble() * mass(horizon)));
    }
}
