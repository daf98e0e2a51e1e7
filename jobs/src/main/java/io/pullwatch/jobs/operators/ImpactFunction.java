package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.core.impact.StoreImpact;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The impact stage, keyed by store: the Flink side of {@link StoreImpact}. Each store's feedback is summed into
 * event-time buckets in keyed state; the comparable stores' buckets arrive on a broadcast input, each before the
 * watermark that passes it. Event-time timers drive the rest: at each bucket's last millisecond (once the watermark
 * has passed it) the store's initiatives are compared with their baseline and with the comparable stores and its
 * risks tested, and at the digest hour the day is summed up. A store with initiatives has every bucket closed until
 * they end plus their tail, when their state is removed; its buckets are freed past the baseline, and every state
 * has a TTL besides. Feedback arriving after its bucket closed is not counted (metric {@code lateFeedback}).
 */
public final class ImpactFunction
        extends KeyedBroadcastProcessFunction<String, StoreFeedback, SentimentBucket, ImpactNotification> {

    private final ImpactSettings settings;
    private transient StoreImpact impact;
    private transient KeyedStoreImpactState state;
    private transient Counter late;
    private transient Counter notices;

    public ImpactFunction(ImpactSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        impact = new StoreImpact(settings);
        Duration bucketTtl = settings.baseline().plus(settings.bucket().multipliedBy(2));
        Duration trackTtl = settings.tail().plus(Duration.ofDays(1));
        state = new KeyedStoreImpactState(
                getRuntimeContext().getMapState(PipelineState.impactBuckets(bucketTtl)),
                getRuntimeContext().getMapState(PipelineState.impactInitiatives(trackTtl)),
                getRuntimeContext().getState(PipelineState.impactRisks(settings.baseline())),
                getRuntimeContext().getState(PipelineState.impactTotals(bucketTtl)));
        late = getRuntimeContext().getMetricGroup().counter("lateFeedback");
        notices = getRuntimeContext().getMetricGroup().counter("impactNotifications");
    }

    @Override
    public void processElement(StoreFeedback routed, ReadOnlyContext ctx, Collector<ImpactNotification> out) {
        TimerService timers = ctx.timerService();
        StoreImpact.Observed observed = impact.observe(routed, timers.currentWatermark(), state);
        if (observed.late()) {
            late.inc();
            return;
        }
        timers.registerEventTimeTimer(observed.closeAt());
        register(timers, observed.digestAt());
    }

    @Override
    public void processBroadcastElement(SentimentBucket bucket, Context ctx, Collector<ImpactNotification> out)
            throws Exception {
        BroadcastState<Long, SentimentBucket> buckets = ctx.getBroadcastState(PipelineState.COMPARABLE_BUCKETS);
        buckets.put(bucket.bucketStart(), bucket);
        long keepFrom = bucket.bucketStart() - settings.baseline().toMillis() - 2 * settings.bucketMillis();
        List<Long> expired = new ArrayList<>();
        for (Map.Entry<Long, SentimentBucket> entry : buckets.entries()) {
            if (entry.getKey() < keepFrom) {
                expired.add(entry.getKey());
            }
        }
        for (Long start : expired) {
            buckets.remove(start);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ImpactNotification> out) throws Exception {
        String store = ctx.getCurrentKey();
        if (impact.isBucketClose(timestamp)) {
            ReadOnlyBroadcastState<Long, SentimentBucket> comparable =
                    ctx.getBroadcastState(PipelineState.COMPARABLE_BUCKETS);
            long bucketStart = timestamp + 1 - settings.bucketMillis();
            StoreImpact.Closed closed = impact.closeBucket(store, bucketStart, start -> get(comparable, start), state);
            closed.notifications().forEach(n -> emit(n, out));
            register(ctx.timerService(), closed.nextCloseAt());
            register(ctx.timerService(), closed.digestAt());
        } else {
            StoreImpact.Digested digested = impact.digest(store, timestamp, state);
            if (digested.notification() != null) {
                emit(digested.notification(), out);
            }
            register(ctx.timerService(), digested.nextDigestAt());
        }
    }

    private void emit(ImpactNotification notice, Collector<ImpactNotification> out) {
        notices.inc();
        out.collect(notice);
    }

    private static void register(TimerService timers, Long at) {
        if (at != null) {
            timers.registerEventTimeTimer(at);
        }
    }

    private static SentimentBucket get(ReadOnlyBroadcastState<Long, SentimentBucket> buckets, long start) {
        try {
            return buckets.get(start);
        } catch (Exception e) {
            throw new IllegalStateException("comparable buckets could not be read: " + e.getMessage(), e);
        }
    }
}
