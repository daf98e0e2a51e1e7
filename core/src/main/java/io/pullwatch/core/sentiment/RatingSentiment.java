package io.pullwatch.core.sentiment;

import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;

/**
 * Sentiment of a review from its star rating alone: 1 star is -1, 3 stars 0, 5 stars +1. This is the Foundation's
 * starting scorer; text-based scoring replaces it for reviews and mentions alike in the Text stage.
 */
public final class RatingSentiment {

    /** Scores within this distance of 0 are neutral, as in the VADER paper's three-class evaluation. */
    public static final double NEUTRAL_BAND = 0.05;
    private static final double STAR_RATING_CONFIDENCE = 0.8;

    private RatingSentiment() {}

    public static Sentiment of(double rating) {
        double clamped = Math.max(Review.MIN_RATING, Math.min(Review.MAX_RATING, rating));
        double score = (clamped - 3.0) / 2.0;
        return new Sentiment(score, labelOf(score), STAR_RATING_CONFIDENCE);
    }

    public static SentimentLabel labelOf(double score) {
        if (score > NEUTRAL_BAND) {
            return SentimentLabel.POSITIVE;
        }
        return score < -NEUTRAL_BAND ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}
