package io.pullwatch.jobs.operators;

import io.pullwatch.core.detection.CascadeDetector;
import io.pullwatch.core.detection.CascadeShare;
import io.pullwatch.core.detection.CascadeWatch;
import io.pullwatch.core.event.Alert;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by root post: collects each cascade's reshares and, at the end of every bucket while the cascade grows or
 * its alert is open, asks the {@link CascadeDetector} for a forecast. A cascade that has gone quiet stops ticking
 * but is kept, so that late reshares extend it rather than start it afresh; the state's TTL frees it three days
 * after its last share.
 */
public final class WatchCascadesFunction extends KeyedProcessFunction<String, CascadeShare, Alert> {

    private final CascadeDetector detector;
    private final long bucketMillis;
    private transient ValueState<CascadeWatch> watches;

    public WatchCascadesFunction(CascadeDetector detector, Duration bucket) {
        this.detector = detector;
        this.bucketMillis = bucket.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        watches = getRuntimeContext().getState(PipelineState.CASCADE_WATCHES);
    }

    @Override
    public void processElement(CascadeShare share, Context ctx, Collector<Alert> out) throws Exception {
        CascadeWatch watch = watches.value();
        if (watch == null) {
            watch = new CascadeWatch();
        }
        watch.add(share);
        watches.update(watch);
        if (!share.root()) {
            ctx.timerService().registerEventTimeTimer(bucketEnd(share.createdAtMillis()) - 1);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        CascadeWatch watch = watches.value();
        if (watch == null) {
            return;
        }
        long now = timestamp + 1;
        detector.check(ctx.getCurrentKey(), watch, now).ifPresent(out::collect);
        watches.update(watch);
        if (detector.isActive(watch, now)) {
            ctx.timerService().registerEventTimeTimer(now + bucketMillis - 1);
        }
    }

    private long bucketEnd(long millis) {
        return (Math.floorDiv(millis, bucketMillis) + 1) * bucketMillis;
    }
}
