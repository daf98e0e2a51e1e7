package io.pullwatch.core.detection;

import io.pullwatch.core.event.Feedback;

/**
 * How much one piece of feedback weighs in a volume: 1 for a post nobody follows, growing with the logarithm of its
 * author's followers and of the reshares it had when collected, capped so that one celebrity post counts as a few
 * posts, not as a wave. Logarithms because audiences span six orders of magnitude and attention does not.
 */
public final class Reach {

    static final double PER_DECADE = 0.25;
    static final double MAX_WEIGHT = 4.0;

    private Reach() {}

    public static double weight(Feedback feedback) {
        long reshares = feedback.mention() == null ? 0 : feedback.mention().engagement().reshares();
        return weight(feedback.authorReach(), reshares);
    }

    static double weight(long followers, long reshares) {
        double weight = 1 + PER_DECADE * (Math.log10(1 + Math.max(0, followers)) + Math.log10(1 + Math.max(0, reshares)));
        return Math.min(MAX_WEIGHT, weight);
    }
}
