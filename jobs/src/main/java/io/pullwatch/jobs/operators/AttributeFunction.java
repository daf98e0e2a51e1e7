package io.pullwatch.jobs.operators;

import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeMatcher;
import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.attribution.StoreActivity;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attribute stage, keyed by store ({@link #NO_STORE} for feedback naming none). Initiatives arrive on a broadcast
 * changelog and live in broadcast state, so a change applies at once without a restart; the matcher is rebuilt only
 * when the registry changes (or after a restore), not per event. Per store, keyed state keeps the store's
 * {@link StoreActivity activity}, which lets context attribution see a wave, and the
 * attributions of recent posts, which replies, quotes and reshares in the same store inherit.
 */
public final class AttributeFunction
        extends KeyedBroadcastProcessFunction<String, Feedback, InitiativeUpdate, Feedback> {

    private static final Logger LOG = LoggerFactory.getLogger(AttributeFunction.class);

    /** The key of feedback that names no store. */
    public static final String NO_STORE = "";

    private final AttributionSettings settings;
    private transient InitiativeMatcher matcher;
    private transient ValueState<StoreActivity> activity;
    private transient MapState<String, List<Attribution>> threads;

    public AttributeFunction(AttributionSettings settings) {
        this.settings = settings;
    }

    /** The key this stage partitions feedback by. */
    public static String storeKey(Feedback feedback) {
        return feedback.storeId() == null ? NO_STORE : feedback.storeId();
    }

    @Override
    public void open(OpenContext openContext) {
        activity = getRuntimeContext().getState(PipelineState.STORE_ACTIVITY);
        threads = getRuntimeContext().getMapState(PipelineState.THREAD_ATTRIBUTIONS);
    }

    @Override
    public void processElement(Feedback feedback, ReadOnlyContext ctx, Collector<Feedback> out) throws Exception {
        if (matcher == null) {
            matcher = buildMatcher(ctx.getBroadcastState(PipelineState.INITIATIVES));
        }
        String parentId = feedback.mention() == null ? null : feedback.mention().parentId();
        List<Attribution> parent = parentId == null ? null : threads.get(parentId);
        InitiativeMatcher.Attributed attributed =
                matcher.attribute(feedback, activity.value(), parent == null ? List.of() : parent);
        if (attributed.activity() != null) {
            activity.update(attributed.activity());
        }
        if (feedback.mention() != null && !attributed.attributions().isEmpty()) {
            threads.put(feedback.mention().id(), attributed.attributions());
        }
        out.collect(feedback.withAttributions(attributed.attributions()));
    }

    @Override
    public void processBroadcastElement(InitiativeUpdate update, Context ctx, Collector<Feedback> out) throws Exception {
        BroadcastState<String, Initiative> initiatives = ctx.getBroadcastState(PipelineState.INITIATIVES);
        if (update.isDeletion()) {
            initiatives.remove(update.initiativeId());
        } else {
            initiatives.put(update.initiativeId(), update.initiative());
        }
        if (matcher != null) {
            matcher.close();
            matcher = null;
        }
    }

    @Override
    public void close() {
        if (matcher != null) {
            matcher.close();
        }
    }

    private InitiativeMatcher buildMatcher(ReadOnlyBroadcastState<String, Initiative> state) throws Exception {
        List<Initiative> initiatives = new ArrayList<>();
        for (Map.Entry<String, Initiative> entry : state.immutableEntries()) {
            initiatives.add(entry.getValue());
        }
        InitiativeMatcher built = new InitiativeMatcher(initiatives, settings);
        built.refusedQueries().forEach((id, why) -> LOG.warn("the query of initiative {} is ignored: {}", id, why));
        return built;
    }
}
