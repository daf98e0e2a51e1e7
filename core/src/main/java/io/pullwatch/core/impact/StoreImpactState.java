package io.pullwatch.core.impact;

import java.util.List;
import java.util.Map;

/**
 * One store's state, as {@link StoreImpact} reads and writes it: its feedback by event-time bucket, its initiatives,
 * its risk flags. The Flink stage backs it with keyed state; replays and tests with maps.
 */
public interface StoreImpactState {

    StoreBucket bucket(long bucketStart);

    void putBucket(long bucketStart, StoreBucket bucket);

    void removeBucket(long bucketStart);

    /** Every bucket kept, in no particular order: read only to rebuild the totals. */
    List<Map.Entry<Long, StoreBucket>> buckets();

    /** The running totals of the closed buckets, or null before the first close (or once expired). */
    BucketTotals totals();

    void putTotals(BucketTotals totals);

    InitiativeTrack track(String initiativeId);

    void putTrack(InitiativeTrack track);

    void removeTrack(String initiativeId);

    /** Every initiative tracked, in order of id. */
    List<InitiativeTrack> tracks();

    boolean hasTracks();

    StoreRiskState risks();

    void putRisks(StoreRiskState risks);
}
