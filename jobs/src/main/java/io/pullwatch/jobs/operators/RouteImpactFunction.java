package io.pullwatch.jobs.operators;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.impact.ImpactRouting;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The route-impact stage: each piece of feedback to the stores whose impact it belongs to (the store it names, the
 * stores of the initiatives it is tied to), with the initiatives running there at its time. The initiatives come
 * from the same broadcast changelog the attribute stage reads; the routing is rebuilt only when it changes. Feedback
 * concerning no store is no store's impact and goes no further here (it still reaches the feedback topic).
 */
public final class RouteImpactFunction extends BroadcastProcessFunction<Feedback, InitiativeUpdate, StoreFeedback> {

    private final Duration tail;
    private transient ImpactRouting routing;

    /** @param tail how long after its end an initiative still counts as running at its store */
    public RouteImpactFunction(Duration tail) {
        this.tail = tail;
    }

    @Override
    public void processElement(Feedback feedback, ReadOnlyContext ctx, Collector<StoreFeedback> out) throws Exception {
        if (routing == null) {
            routing = build(ctx.getBroadcastState(PipelineState.INITIATIVES));
        }
        for (StoreFeedback routed : routing.route(feedback)) {
            out.collect(routed);
        }
    }

    @Override
    public void processBroadcastElement(InitiativeUpdate update, Context ctx, Collector<StoreFeedback> out)
            throws Exception {
        BroadcastState<String, Initiative> initiatives = ctx.getBroadcastState(PipelineState.INITIATIVES);
        if (update.isDeletion()) {
            initiatives.remove(update.initiativeId());
        } else {
            initiatives.put(update.initiativeId(), update.initiative());
        }
        routing = null;
    }

    private ImpactRouting build(ReadOnlyBroadcastState<String, Initiative> state) throws Exception {
        List<Initiative> initiatives = new ArrayList<>();
        for (Map.Entry<String, Initiative> entry : state.immutableEntries()) {
            initiatives.add(entry.getValue());
        }
        return new ImpactRouting(initiatives, tail);
    }
}
