package io.pullwatch.jobs.operators;

import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeMatcher;
import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The attribute stage. Initiatives arrive on a broadcast changelog and live in broadcast state, so a change applies
 * at once without a restart; feedback is matched against them. The matcher is rebuilt only when the registry changes
 * (or after a restore), not per event.
 */
public final class AttributeFunction extends BroadcastProcessFunction<Feedback, InitiativeUpdate, Feedback> {

    private final AttributionSettings settings;
    private transient InitiativeMatcher matcher;

    public AttributeFunction(AttributionSettings settings) {
        this.settings = settings;
    }

    @Override
    public void processElement(Feedback feedback, ReadOnlyContext ctx, Collector<Feedback> out) throws Exception {
        if (matcher == null) {
            matcher = buildMatcher(ctx.getBroadcastState(PipelineState.INITIATIVES));
        }
        out.collect(feedback.withAttributions(matcher.attribute(feedback)));
    }

    @Override
    public void processBroadcastElement(InitiativeUpdate update, Context ctx, Collector<Feedback> out) throws Exception {
        BroadcastState<String, Initiative> initiatives = ctx.getBroadcastState(PipelineState.INITIATIVES);
        if (update.isDeletion()) {
            initiatives.remove(update.initiativeId());
        } else {
            initiatives.put(update.initiativeId(), update.initiative());
        }
        matcher = null;
    }

    private InitiativeMatcher buildMatcher(ReadOnlyBroadcastState<String, Initiative> state) throws Exception {
        List<Initiative> initiatives = new ArrayList<>();
        for (Map.Entry<String, Initiative> entry : state.immutableEntries()) {
            initiatives.add(entry.getValue());
        }
        return new InitiativeMatcher(initiatives, settings);
    }
}
