package io.pullwatch.core.impact;

/**
 * The feedback of every comparable store (none of its initiatives running) in one event-time bucket: how much, and
 * the sentiment of the part that has one.
 */
public record SentimentBucket(long bucketStart, long feedback, GroupStats sentiment) {

    public static SentimentBucket empty(long bucketStart) {
        return new SentimentBucket(bucketStart, 0, GroupStats.EMPTY);
    }

    public SentimentBucket plus(StoreFeedback storeFeedback) {
        var sentiment = storeFeedback.feedback().sentimentOrUnknown();
        return new SentimentBucket(bucketStart, feedback + 1,
                sentiment.isKnown() ? this.sentiment.plus(sentiment.score()) : this.sentiment);
    }
}
