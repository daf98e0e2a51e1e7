package io.pullwatch.jobs.operators;

import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.jobs.pipeline.PipelineState;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The comparable-sentiment stage, keyed by impact bucket: sums the feedback of every store running no initiative
 * (the comparable stores) in the bucket, and emits the sum once event time has passed the bucket, before the
 * watermark that lets the impact stage close the same bucket. Keyed by bucket rather than by one constant key, so
 * consecutive buckets land on different subtasks. Feedback arriving after its bucket was emitted is not counted
 * (metric {@code lateFeedback}); the impact stage drops it too.
 */
public final class ComparableSentimentFunction extends KeyedProcessFunction<Long, StoreFeedback, SentimentBucket> {

    private final ImpactSettings settings;
    private transient ValueState<SentimentBucket> bucket;
    private transient Counter late;

    public ComparableSentimentFunction(ImpactSettings settings) {
        this.settings = settings;
    }

    /** The key this stage partitions feedback by: the start of its impact bucket. */
    public static KeySelector<StoreFeedback, Long> bucketOf(ImpactSettings settings) {
        long bucketMillis = settings.bucketMillis();
        return routed -> Math.floorDiv(routed.feedback().createdAt().toEpochMilli(), bucketMillis) * bucketMillis;
    }

    @Override
    public void open(OpenContext openContext) {
        bucket = getRuntimeContext().getState(PipelineState.COMPARABLE_BUCKET);
        late = getRuntimeContext().getMetricGroup().counter("lateFeedback");
    }

    @Override
    public void processElement(StoreFeedback routed, Context ctx, Collector<SentimentBucket> out) throws Exception {
        if (!routed.comparable()) {
            return;
        }
        long start = ctx.getCurrentKey();
        long closesAt = start + settings.bucketMillis() - 1;
        if (closesAt <= ctx.timerService().currentWatermark()) {
            late.inc();
            return;
        }
        SentimentBucket sum = bucket.value();
        bucket.update((sum == null ? SentimentBucket.empty(start) : sum).plus(routed));
        ctx.timerService().registerEventTimeTimer(closesAt);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<SentimentBucket> out) throws Exception {
        SentimentBucket sum = bucket.value();
        if (sum != null) {
            out.collect(sum);
            bucket.clear();
        }
    }
}
