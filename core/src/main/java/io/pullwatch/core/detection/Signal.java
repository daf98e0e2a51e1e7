package io.pullwatch.core.detection;

import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;

/**
 * The volumes each scope watches: all feedback, and the positive and the negative feedback alone, each against its
 * own baseline. A negative wave in a busy, mostly positive store stands out far more against the store's usual
 * negative volume than against its total.
 */
public enum Signal {
    ALL, POSITIVE, NEGATIVE;

    /** The polarity signal a piece of feedback also counts for, or null (neutral or unknown sentiment). */
    public static Signal polarityOf(Sentiment sentiment) {
        if (sentiment == null || !sentiment.isKnown() || sentiment.label() == SentimentLabel.NEUTRAL) {
            return null;
        }
        return sentiment.label() == SentimentLabel.POSITIVE ? POSITIVE : NEGATIVE;
    }
}
