package io.pullwatch.jobs.operators;

import io.pullwatch.core.detection.ScopeWatch;
import io.pullwatch.core.detection.ScopedEvent;
import io.pullwatch.core.detection.WaveDetector;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.jobs.pipeline.PipelineState;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The detect stage, keyed by scope: feeds every event to the {@link WaveDetector}, which may open or escalate an
 * alert there and then — detection never waits for a window or a watermark. An event-time timer at the end of each
 * bucket with events (and of every bucket while an alert is open) lets the detector close its baselines' hours and
 * decide whether the alert calms or ends. Events behind the watermark are still counted, in their own bucket while it
 * is among the recent ones (metric {@code lateFeedback} counts them).
 */
public final class DetectWavesFunction extends KeyedProcessFunction<String, ScopedEvent, Alert> {

    private final WaveDetector detector;
    private transient ValueState<ScopeWatch> watches;
    private transient Counter late;
    private transient Counter opened;

    public DetectWavesFunction(WaveDetector detector) {
        this.detector = detector;
    }

    @Override
    public void open(OpenContext openContext) {
        watches = getRuntimeContext().getState(PipelineState.SCOPE_WATCHES);
        late = getRuntimeContext().getMetricGroup().counter("lateFeedback");
        opened = getRuntimeContext().getMetricGroup().counter("alertsOpened");
    }

    @Override
    public void processElement(ScopedEvent event, Context ctx, Collector<Alert> out) throws Exception {
        ScopeWatch watch = watches.value();
        if (watch == null) {
            watch = new ScopeWatch();
        }
        if (detector.bucketEnd(event.createdAtMillis()) <= ctx.timerService().currentWatermark()) {
            late.inc();
        }
        var alert = detector.observe(ctx.getCurrentKey(), watch, event);
        if (alert.isPresent()) {
            if (alert.get().status() == AlertStatus.OPENED) {
                opened.inc();
            }
            out.collect(alert.get());
        }
        watches.update(watch);
        ctx.timerService().registerEventTimeTimer(detector.bucketEnd(watch.latestMillis) - 1);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        ScopeWatch watch = watches.value();
        if (watch == null) {
            return;
        }
        long bucketEnd = timestamp + 1;
        detector.closeBucket(ctx.getCurrentKey(), watch, bucketEnd).ifPresent(out::collect);
        watches.update(watch);
        if (watch.episode != null) {
            ctx.timerService().registerEventTimeTimer(detector.bucketEnd(bucketEnd) - 1);
        }
    }
}
