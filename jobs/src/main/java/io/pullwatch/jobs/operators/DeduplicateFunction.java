package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by feedback id: lets the first copy of each event through and drops re-deliveries (producer retries,
 * replays) seen within the window. The memory of an id expires with the window, so state stays bounded.
 */
public final class DeduplicateFunction extends KeyedProcessFunction<String, Feedback, Feedback> {

    private final Duration window;
    private transient ValueState<Boolean> seen;
    private transient Counter duplicates;

    public DeduplicateFunction(Duration window) {
        this.window = window;
    }

    @Override
    public void open(OpenContext openContext) {
        seen = getRuntimeContext().getState(PipelineState.seenFeedback(window));
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicatesDropped");
    }

    @Override
    public void processElement(Feedback feedback, Context ctx, Collector<Feedback> out) throws Exception {
        if (seen.value() != null) {
            duplicates.inc();
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(feedback);
    }
}
