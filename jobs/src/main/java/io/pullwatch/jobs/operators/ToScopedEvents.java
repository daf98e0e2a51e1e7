package io.pullwatch.jobs.operators;

import io.pullwatch.core.detection.ScopedEvent;
import io.pullwatch.core.event.Feedback;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Fans each piece of feedback out to every scope it counts in, analysed once (see {@link ScopedEvent#of}). */
public final class ToScopedEvents implements FlatMapFunction<Feedback, ScopedEvent> {

    @Override
    public void flatMap(Feedback feedback, Collector<ScopedEvent> out) {
        for (ScopedEvent event : ScopedEvent.of(feedback)) {
            out.collect(event);
        }
    }
}
