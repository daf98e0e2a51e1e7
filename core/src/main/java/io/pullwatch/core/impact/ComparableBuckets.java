package io.pullwatch.core.impact;

/** The comparable stores' feedback by bucket start, as far back as it is kept; null for a bucket with none. */
@FunctionalInterface
public interface ComparableBuckets {

    SentimentBucket at(long bucketStart);
}
