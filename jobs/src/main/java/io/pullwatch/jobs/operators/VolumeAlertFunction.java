package io.pullwatch.jobs.operators;

import io.pullwatch.core.detection.PolarityTally;
import io.pullwatch.core.detection.VolumeThresholdRule;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The detect stage (Foundation version), keyed by scope: tallies positive and negative feedback per event-time
 * bucket and applies {@link VolumeThresholdRule} on every event, so an alert opens as soon as the threshold is
 * crossed. A timer at the bucket's end (the watermark already allows for out-of-order feedback) resolves the alert
 * and clears the bucket. Feedback whose bucket is already closed is still delivered downstream but no longer counted (metric {@code lateFeedback}).
 */
public final class VolumeAlertFunction extends KeyedProcessFunction<String, Feedback, Alert> {

    private final VolumeThresholdRule rule;
    private transient MapState<Long, PolarityTally> positive;
    private transient MapState<Long, PolarityTally> negative;
    private transient Counter late;

    public VolumeAlertFunction(VolumeThresholdRule rule) {
        this.rule = rule;
    }

    @Override
    public void open(OpenContext openContext) {
        positive = getRuntimeContext().getMapState(PipelineState.POSITIVE_TALLIES);
        negative = getRuntimeContext().getMapState(PipelineState.NEGATIVE_TALLIES);
        late = getRuntimeContext().getMetricGroup().counter("lateFeedback");
    }

    @Override
    public void processElement(Feedback feedback, Context ctx, Collector<Alert> out) throws Exception {
        Sentiment sentiment = feedback.sentimentOrUnknown();
        if (!sentiment.isKnown() || sentiment.label() == SentimentLabel.NEUTRAL) {
            return;
        }
        long bucket = rule.bucketStart(feedback.createdAt());
        long closesAt = rule.bucketEnd(bucket) - 1;
        if (closesAt <= ctx.timerService().currentWatermark()) {
            late.inc();
            return;
        }
        boolean isPositive = sentiment.label() == SentimentLabel.POSITIVE;
        MapState<Long, PolarityTally> tallies = isPositive ? positive : negative;
        PolarityTally before = tallies.get(bucket);
        PolarityTally tally = (before == null ? PolarityTally.EMPTY : before).plus(feedback);
        var alert = rule.afterIncrement(ctx.getCurrentKey(), isPositive ? Polarity.POSITIVE : Polarity.NEGATIVE,
                bucket, tally);
        if (alert.isPresent()) {
            tally = tally.withAlertRevision(alert.get().revision());
            out.collect(alert.get());
        }
        tallies.put(bucket, tally);
        ctx.timerService().registerEventTimeTimer(closesAt);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        long bucket = rule.bucketStart(Instant.ofEpochMilli(timestamp));
        close(ctx.getCurrentKey(), Polarity.POSITIVE, positive, bucket, out);
        close(ctx.getCurrentKey(), Polarity.NEGATIVE, negative, bucket, out);
    }

    private void close(String scope, Polarity polarity, MapState<Long, PolarityTally> tallies, long bucket,
            Collector<Alert> out) throws Exception {
        PolarityTally tally = tallies.get(bucket);
        if (tally != null) {
            rule.onBucketClosed(scope, polarity, bucket, tally).ifPresent(out::collect);
            tallies.remove(bucket);
        }
    }
}
