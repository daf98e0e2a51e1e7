package io.pullwatch.jobs.operators;

import io.pullwatch.core.detection.CascadeShare;
import io.pullwatch.core.event.Feedback;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Keeps the mentions that start or extend a reshare cascade, as {@link CascadeShare}s keyed by their root. */
public final class ToCascadeShares implements FlatMapFunction<Feedback, CascadeShare> {

    @Override
    public void flatMap(Feedback feedback, Collector<CascadeShare> out) {
        CascadeShare.of(feedback).ifPresent(out::collect);
    }
}
