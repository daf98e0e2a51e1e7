package io.pullwatch.core.sentiment;

import io.pullwatch.core.event.Sentiment;

/**
 * Fuses a review's star rating (1..5, 3 neutral) with the sentiment of its text. The rating is the reviewer's own
 * verdict, so it decides the polarity whenever it has one: "great, another broken zipper" under 1 star is sarcasm,
 * "ok" under 5 stars is a satisfied customer. The text then sets how strong the verdict is (agreeing text strengthens
 * it, contradicting text weakens it, never across the neutral band), and confidence rises with agreement. A 3-star
 * rating has no polarity, so there the text decides, at half strength. Pure and stateless.
 */
public final class RatingFusion {

    /** How far text sentiment can move the rating's strength, as a fraction of it. */
    private static final double TEXT_INFLUENCE = 0.5;
    /** Weight of the text when the rating is neutral (3 stars): the reviewer chose "middling". */
    private static final double NEUTRAL_RATING_TEXT_WEIGHT = 0.5;
    /** A polar rating stays at least this far from 0, outside the ±0.05 neutral band. */
    private static final double MIN_POLAR_STRENGTH = 0.1;
    private static final double BASE_CONFIDENCE = 0.8;
    private static final double AGREEMENT_CONFIDENCE_SWING = 0.2;

    private RatingFusion() {}

    /**
     * @param text the text's sentiment, or null / unknown for none
     * @param rating stars, clamped to 1..5
     */
    public static Sentiment fuse(Sentiment text, double rating) {
        Sentiment fromRating = RatingSentiment.of(rating);
        if (text == null || !text.isKnown()) {
            return fromRating;
        }
        double r = fromRating.score();
        if (r == 0.0) {
            double score = NEUTRAL_RATING_TEXT_WEIGHT * text.score();
            return new Sentiment(score, RatingSentiment.labelOf(score), 0.5 * text.confidence() + 0.3);
        }
        double polarity = Math.signum(r);
        // agreement in [-1, 1]: +1 text fully on the rating's side, -1 fully against, weighted by its confidence
        double agreement = polarity * text.score() * text.confidence();
        double strength = Math.abs(r) * (1.0 + TEXT_INFLUENCE * agreement);
        strength = Math.max(MIN_POLAR_STRENGTH, Math.min(1.0, strength));
        double score = polarity * strength;
        double confidence = Math.max(0.0, Math.min(1.0, BASE_CONFIDENCE + AGREEMENT_CONFIDENCE_SWING * agreement));
        return new Sentiment(score, RatingSentiment.labelOf(score), confidence);
    }
}
