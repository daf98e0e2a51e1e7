package io.pullwatch.core.impact;

/**
 * The four groups an initiative's effect is estimated from, summed bucket by bucket: the store and the comparable
 * stores, before the initiative started (its baseline) and since. The bucket the start falls in belongs to neither
 * period. {@code afterFrom} is the first bucket of "since", {@code lastBucket} the last one added.
 */
public record Comparison(
        long afterFrom,
        long lastBucket,
        PeriodStats storeBefore,
        PeriodStats storeAfter,
        PeriodStats comparableBefore,
        PeriodStats comparableAfter) {

    public Comparison plusAfter(long bucketStart, StoreBucket store, SentimentBucket comparable) {
        return new Comparison(afterFrom, bucketStart, storeBefore, storeAfter.plus(store), comparableBefore,
                comparableAfter.plus(comparable));
    }

    public EffectEstimate estimate(DifferenceInDifferences estimator) {
        return estimator.estimate(storeBefore.sentiment(), storeAfter.sentiment(), comparableBefore.sentiment(),
                comparableAfter.sentiment());
    }
}
