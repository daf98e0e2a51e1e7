package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.attribution.StoreActivity;
import io.pullwatch.core.detection.CascadeWatch;
import io.pullwatch.core.detection.ScopeWatch;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.impact.BucketTotals;
import io.pullwatch.core.impact.InitiativeTrack;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreBucket;
import io.pullwatch.core.impact.StoreRiskState;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.OutputTag;

/**
 * Every state descriptor and output tag of the pipeline, in one place: their names are part of savepoints, so they
 * must not change by accident. Descriptors whose TTL comes from configuration are made by factory methods.
 */
public final class PipelineState {

    /** Records that failed parsing or validation, with their reason and original bytes. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

    /** Per feedback id: seen already. Expires after the de-duplication window {@code ttl}. */
    public static ValueStateDescriptor<Boolean> seenFeedback(Duration ttl) {
        return withTtl(new ValueStateDescriptor<>("seen-feedback", Types.BOOLEAN), ttl);
    }

    /** Broadcast: the latest version of every initiative, by id. Cleared per entry by tombstones. */
    public static final MapStateDescriptor<String, Initiative> INITIATIVES =
            new MapStateDescriptor<>("initiatives", Types.STRING, TypeInformation.of(Initiative.class));

    /** Per store: its recent and usual feedback levels and what the recent feedback names. Expires a day idle. */
    public static final ValueStateDescriptor<StoreActivity> STORE_ACTIVITY = withTtl(
            new ValueStateDescriptor<>("store-activity", TypeInformation.of(StoreActivity.class)), Duration.ofDays(1));

    /**
     * Per store: the attributions of its recent posts that others may answer, by post id. Each entry expires six
     * hours after it was written: replies come within hours.
     */
    public static final MapStateDescriptor<String, List<Attribution>> THREAD_ATTRIBUTIONS = withTtl(
            new MapStateDescriptor<>("thread-attributions", Types.STRING, Types.LIST(TypeInformation.of(Attribution.class))),
            Duration.ofHours(6));

    /** Broadcast: the latest version of every valid saved query, by id. Cleared per entry by tombstones. */
    public static final MapStateDescriptor<String, SavedQuery> SAVED_QUERIES =
            new MapStateDescriptor<>("saved-queries", Types.STRING, TypeInformation.of(SavedQuery.class));

    /**
     * Per scope: its learned baselines, recent buckets, usual words and open alert. Expires 35 days after it was last
     * written: a scope silent for five weeks has no weekly cycle left worth keeping.
     */
    public static final ValueStateDescriptor<ScopeWatch> SCOPE_WATCHES = withTtl(
            new ValueStateDescriptor<>("scope-watches", TypeInformation.of(ScopeWatch.class)), Duration.ofDays(35));

    /** Per root post: its reshare cascade and alert. Expires three days after the cascade's last share. */
    public static final ValueStateDescriptor<CascadeWatch> CASCADE_WATCHES = withTtl(
            new ValueStateDescriptor<>("cascade-watches", TypeInformation.of(CascadeWatch.class)), Duration.ofDays(3));

    /** Per comparable-stores bucket (keyed by bucket start): the feedback summed so far. Cleared by its closing timer. */
    public static final ValueStateDescriptor<SentimentBucket> COMPARABLE_BUCKET =
            new ValueStateDescriptor<>("comparable-bucket", TypeInformation.of(SentimentBucket.class));

    /**
     * Broadcast: the comparable stores' closed buckets, by bucket start. Pruned as each new bucket arrives, to the
     * impact baseline.
     */
    public static final MapStateDescriptor<Long, SentimentBucket> COMPARABLE_BUCKETS = new MapStateDescriptor<>(
            "comparable-buckets", Types.LONG, TypeInformation.of(SentimentBucket.class));

    /** Per store: its feedback by impact bucket start. Freed by bucket closes past the baseline; expires {@code ttl} unwritten. */
    public static MapStateDescriptor<Long, StoreBucket> impactBuckets(Duration ttl) {
        return withTtlOnly(new MapStateDescriptor<>("impact-buckets", Types.LONG,
                TypeInformation.of(StoreBucket.class)), ttl);
    }

    /**
     * Per store: what is tracked of each of its initiatives, by id. Removed once the initiative has ended plus its
     * tail; expires {@code ttl} unwritten (tracked initiatives are written at every bucket close).
     */
    public static MapStateDescriptor<String, InitiativeTrack> impactInitiatives(Duration ttl) {
        return withTtlOnly(new MapStateDescriptor<>("impact-initiatives", Types.STRING,
                TypeInformation.of(InitiativeTrack.class)), ttl);
    }

    /**
     * Per store: the running totals of its closed buckets, revised at every bucket close. Expires {@code ttl}
     * unwritten, and is then rebuilt from the buckets kept.
     */
    public static ValueStateDescriptor<BucketTotals> impactTotals(Duration ttl) {
        return withTtl(new ValueStateDescriptor<>("impact-totals", TypeInformation.of(BucketTotals.class)), ttl);
    }

    /** Per store: its risk flags' episodes and evidence. Expires {@code ttl} unwritten. */
    public static ValueStateDescriptor<StoreRiskState> impactRisks(Duration ttl) {
        return withTtl(new ValueStateDescriptor<>("impact-risks", TypeInformation.of(StoreRiskState.class)), ttl);
    }

    private PipelineState() {}

    /**
     * As {@link #withTtl}, without the state backend's cleanup in the background: for state that the operator frees
     * itself and reads on every event. On the heap backend, background cleanup deep-copies a key's whole map each
     * time the key is touched (measured: a third of the impact stage's time), while these maps, one per store, are
     * pruned by every bucket close; expired entries are still never read, and are left out of full snapshots.
     */
    private static <D extends StateDescriptor<?, ?>> D withTtlOnly(D descriptor, Duration ttl) {
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .disableCleanupInBackground()
                .cleanupFullSnapshot()
                .build());
        return descriptor;
    }

    /** Entries expire {@code ttl} after they were last written, and are never read once expired. */
    private static <D extends StateDescriptor<?, ?>> D withTtl(D descriptor, Duration ttl) {
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        return descriptor;
    }
}
