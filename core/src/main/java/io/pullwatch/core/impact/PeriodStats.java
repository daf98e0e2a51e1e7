package io.pullwatch.core.impact;

import java.util.HashMap;
import java.util.Map;

/** Feedback over a period: how much, its sentiment, and each aspect's sentiment (for a store; none for comparables). */
public record PeriodStats(long feedback, GroupStats sentiment, Map<String, GroupStats> aspects) {

    public static final PeriodStats EMPTY = new PeriodStats(0, GroupStats.EMPTY, Map.of());

    public PeriodStats {
        sentiment = sentiment == null ? GroupStats.EMPTY : sentiment;
        aspects = aspects == null ? Map.of() : Map.copyOf(aspects);
    }

    public PeriodStats plus(StoreBucket bucket) {
        if (bucket == null || bucket.feedback() == 0) {
            return this;
        }
        Map<String, GroupStats> merged = new HashMap<>(aspects);
        bucket.aspects().forEach((aspect, stats) -> merged.merge(aspect, stats, GroupStats::plus));
        return new PeriodStats(feedback + bucket.feedback(), sentiment.plus(bucket.sentiment()), merged);
    }

    public PeriodStats plus(SentimentBucket bucket) {
        if (bucket == null || bucket.feedback() == 0) {
            return this;
        }
        return new PeriodStats(feedback + bucket.feedback(), sentiment.plus(bucket.sentiment()), aspects);
    }
}
