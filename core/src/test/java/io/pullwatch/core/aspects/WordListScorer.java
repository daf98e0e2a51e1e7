package io.pullwatch.core.aspects;

import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.sentiment.SentimentScorer;
import java.util.Locale;
import java.util.Set;

/**
 * A stand-in for the real scorer: +1 per positive word, -1 per negative word, averaged; confidence 0 when the text
 * holds none of them. Enough to tell which clause an aspect's score came from.
 */
final class WordListScorer implements SentimentScorer {

    private static final Set<String> POSITIVE = Set.of(
            "lovely", "great", "good", "friendly", "helpful", "nice",
            "adorables", "adorable", "génial", "géniale", "super", "top", "agréable", "excellente");
    private static final Set<String> NEGATIVE = Set.of(
            "endless", "rude", "awful", "terrible", "slow", "bad",
            "interminable", "horrible", "nul", "nulle", "désagréable", "lente");

    @Override
    public Sentiment score(String text, String language) {
        int positive = 0;
        int negative = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            positive += POSITIVE.contains(word) ? 1 : 0;
            negative += NEGATIVE.contains(word) ? 1 : 0;
        }
        if (positive + negative == 0) {
            return Sentiment.UNKNOWN;
        }
        double score = (positive - negative) / (double) (positive + negative);
        SentimentLabel label = score > 0.05 ? SentimentLabel.POSITIVE
                : score < -0.05 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new Sentiment(score, label, 0.9);
    }
}
