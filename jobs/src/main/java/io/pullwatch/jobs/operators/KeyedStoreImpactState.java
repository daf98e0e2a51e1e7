package io.pullwatch.jobs.operators;

import io.pullwatch.core.impact.BucketTotals;
import io.pullwatch.core.impact.InitiativeTrack;
import io.pullwatch.core.impact.StoreBucket;
import io.pullwatch.core.impact.StoreImpactState;
import io.pullwatch.core.impact.StoreRiskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;

/**
 * The current store's impact state in Flink keyed state (the key is whatever store the operator is processing).
 * Keyed state reports failures as checked exceptions; they mean the state backend failed, which Flink recovers from
 * by restarting, so they are rethrown unchecked.
 */
final class KeyedStoreImpactState implements StoreImpactState {

    private final MapState<Long, StoreBucket> buckets;
    private final MapState<String, InitiativeTrack> tracks;
    private final ValueState<StoreRiskState> risks;
    private final ValueState<BucketTotals> totals;

    KeyedStoreImpactState(MapState<Long, StoreBucket> buckets, MapState<String, InitiativeTrack> tracks,
            ValueState<StoreRiskState> risks, ValueState<BucketTotals> totals) {
        this.buckets = buckets;
        this.tracks = tracks;
        this.risks = risks;
        this.totals = totals;
    }

    @Override
    public StoreBucket bucket(long bucketStart) {
        return call(() -> buckets.get(bucketStart));
    }

    @Override
    public void putBucket(long bucketStart, StoreBucket bucket) {
        run(() -> buckets.put(bucketStart, bucket));
    }

    @Override
    public void removeBucket(long bucketStart) {
        run(() -> buckets.remove(bucketStart));
    }

    @Override
    public List<Map.Entry<Long, StoreBucket>> buckets() {
        return call(() -> {
            List<Map.Entry<Long, StoreBucket>> all = new ArrayList<>();
            for (Map.Entry<Long, StoreBucket> entry : buckets.entries()) {
                all.add(Map.entry(entry.getKey(), entry.getValue()));
            }
            return all;
        });
    }

    @Override
    public BucketTotals totals() {
        return call(totals::value);
    }

    @Override
    public void putTotals(BucketTotals newTotals) {
        run(() -> totals.update(newTotals));
    }

    @Override
    public InitiativeTrack track(String initiativeId) {
        return call(() -> tracks.get(initiativeId));
    }

    @Override
    public void putTrack(InitiativeTrack track) {
        run(() -> tracks.put(track.initiative().id(), track));
    }

    @Override
    public void removeTrack(String initiativeId) {
        run(() -> tracks.remove(initiativeId));
    }

    @Override
    public List<InitiativeTrack> tracks() {
        return call(() -> {
            List<InitiativeTrack> all = new ArrayList<>();
            for (InitiativeTrack track : tracks.values()) {
                all.add(track);
            }
            all.sort(Comparator.comparing(t -> t.initiative().id()));
            return all;
        });
    }

    @Override
    public boolean hasTracks() {
        return call(() -> !tracks.isEmpty());
    }

    @Override
    public StoreRiskState risks() {
        return call(risks::value);
    }

    @Override
    public void putRisks(StoreRiskState newRisks) {
        run(() -> risks.update(newRisks));
    }

    private interface StateCall<T> {
        T call() throws Exception;
    }

    private interface StateRun {
        void run() throws Exception;
    }

    private static <T> T call(StateCall<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("impact state could not be read: " + e.getMessage(), e);
        }
    }

    private static void run(StateRun run) {
        call(() -> {
            run.run();
            return null;
        });
    }
}
