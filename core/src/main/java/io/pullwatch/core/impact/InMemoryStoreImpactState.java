package io.pullwatch.core.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A store's impact state in plain maps: for replays and tests. */
public final class InMemoryStoreImpactState implements StoreImpactState {

    private final TreeMap<Long, StoreBucket> buckets = new TreeMap<>();
    private final TreeMap<String, InitiativeTrack> tracks = new TreeMap<>();
    private StoreRiskState risks;
    private BucketTotals totals;

    @Override
    public StoreBucket bucket(long bucketStart) {
        return buckets.get(bucketStart);
    }

    @Override
    public void putBucket(long bucketStart, StoreBucket bucket) {
        buckets.put(bucketStart, bucket);
    }

    @Override
    public void removeBucket(long bucketStart) {
        buckets.remove(bucketStart);
    }

    @Override
    public List<Map.Entry<Long, StoreBucket>> buckets() {
        return new ArrayList<>(buckets.entrySet());
    }

    @Override
    public BucketTotals totals() {
        return totals;
    }

    @Override
    public void putTotals(BucketTotals newTotals) {
        totals = newTotals;
    }

    @Override
    public InitiativeTrack track(String initiativeId) {
        return tracks.get(initiativeId);
    }

    @Override
    public void putTrack(InitiativeTrack track) {
        tracks.put(track.initiative().id(), track);
    }

    @Override
    public void removeTrack(String initiativeId) {
        tracks.remove(initiativeId);
    }

    @Override
    public List<InitiativeTrack> tracks() {
        return new ArrayList<>(tracks.values());
    }

    @Override
    public boolean hasTracks() {
        return !tracks.isEmpty();
    }

    @Override
    public StoreRiskState risks() {
        return risks;
    }

    @Override
    public void putRisks(StoreRiskState newRisks) {
        risks = newRisks;
    }
}
