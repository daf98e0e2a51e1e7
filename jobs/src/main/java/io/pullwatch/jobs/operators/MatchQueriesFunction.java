package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.core.query.StandingQueries;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved-query stage: every piece of feedback is matched against the saved queries with Lucene Monitor, and the
 * matches (query id, matched terms) are recorded on it. Queries arrive on a broadcast changelog, live in broadcast
 * state and take effect at once. The Monitor is not state: it is rebuilt from the broadcast state when the first
 * event arrives after a (re)start, and changed in place by each update after that.
 */
public final class MatchQueriesFunction extends BroadcastProcessFunction<Feedback, SavedQueryUpdate, Feedback> {

    private static final Logger LOG = LoggerFactory.getLogger(MatchQueriesFunction.class);

    private transient StandingQueries standing;
    private transient Counter matched;

    @Override
    public void open(OpenContext openContext) {
        matched = getRuntimeContext().getMetricGroup().counter("savedQueryMatches");
    }

    @Override
    public void processElement(Feedback feedback, ReadOnlyContext ctx, Collector<Feedback> out) throws Exception {
        StandingQueries queries = standing(ctx.getBroadcastState(PipelineState.SAVED_QUERIES));
        if (queries.size() == 0) {
            out.collect(feedback);
            return;
        }
        Feedback withMatches = feedback.withQueryMatches(queries.match(feedback));
        matched.inc(withMatches.queryMatches().size());
        out.collect(withMatches);
    }

    @Override
    public void processBroadcastElement(SavedQueryUpdate update, Context ctx, Collector<Feedback> out)
            throws Exception {
        BroadcastState<String, SavedQuery> state = ctx.getBroadcastState(PipelineState.SAVED_QUERIES);
        if (update.isDeletion()) {
            state.remove(update.queryId());
            if (standing != null) {
                standing.remove(update.queryId());
            }
            return;
        }
        SavedQuery query = update.query();
        if (standing != null) {
            try {
                standing.put(query.id(), query.query());
            } catch (InvalidQueryException e) {
                // The parse stage refuses invalid queries; one that still fails here (a Monitor limit) is skipped, loudly.
                LOG.warn("saved query {} could not be registered, the previous version stays: {}", query.id(),
                        e.getMessage());
                return;
            }
        }
        state.put(query.id(), query);
    }

    @Override
    public void close() {
        if (standing != null) {
            standing.close();
        }
    }

    private StandingQueries standing(ReadOnlyBroadcastState<String, SavedQuery> state) throws Exception {
        if (standing == null) {
            standing = new StandingQueries();
            Map<String, String> all = new HashMap<>();
            for (Map.Entry<String, SavedQuery> entry : state.immutableEntries()) {
                all.put(entry.getKey(), entry.getValue().query());
            }
            standing.putAll(all).forEach((id, error) ->
                    LOG.warn("saved query {} could not be restored: {}", id, error.getMessage()));
        }
        return standing;
    }
}
