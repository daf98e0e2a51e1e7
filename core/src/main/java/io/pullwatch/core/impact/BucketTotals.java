package io.pullwatch.core.impact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sums of a store's closed buckets that start from {@code oldest} up to {@code lastClosed}: feedback, languages
 * and risk counts. Kept up to date at each bucket close (the closed bucket added, those leaving the baseline taken
 * off) so that a close reads a handful of buckets instead of every bucket of the baseline.
 */
public record BucketTotals(long oldest, long lastClosed, long feedback, long french, long english,
        Map<String, Long> risks) {

    public BucketTotals {
        risks = risks == null ? Map.of() : Map.copyOf(risks);
    }

    /** Totals of the kept buckets that start in {@code [oldest, lastClosed]}. */
    static BucketTotals of(List<Map.Entry<Long, StoreBucket>> buckets, long oldest, long lastClosed) {
        BucketTotals totals = new BucketTotals(oldest, lastClosed, 0, 0, 0, Map.of());
        for (Map.Entry<Long, StoreBucket> entry : buckets) {
            if (entry.getKey() >= oldest && entry.getKey() <= lastClosed) {
                totals = totals.add(entry.getValue(), 1);
            }
        }
        return totals;
    }

    /** With the bucket starting at {@code start} closed, and added (null: it had no feedback). */
    BucketTotals closed(long start, StoreBucket bucket) {
        BucketTotals moved = new BucketTotals(oldest, start, feedback, french, english, risks);
        return bucket == null ? moved : moved.add(bucket, 1);
    }

    /** Without a bucket that leaves the baseline. */
    BucketTotals minus(StoreBucket bucket) {
        return add(bucket, -1);
    }

    /** Counting only buckets from {@code newOldest} on (the caller has taken the older ones off). */
    BucketTotals from(long newOldest) {
        return new BucketTotals(Math.max(oldest, newOldest), lastClosed, feedback, french, english, risks);
    }

    private BucketTotals add(StoreBucket bucket, int sign) {
        Map<String, Long> counts = new HashMap<>(risks);
        bucket.risks().forEach((risk, count) -> counts.merge(risk, sign * count, Long::sum));
        counts.values().removeIf(count -> count == 0);
        return new BucketTotals(oldest, lastClosed, feedback + sign * bucket.feedback(), french + sign * bucket.french(),
                english + sign * bucket.english(), counts);
    }
}
