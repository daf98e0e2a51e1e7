package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.core.query.StandingQueries;
import io.pullwatch.jobs.config.QueryBatching;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.api.common.operators.ProcessingTimeService.ProcessingTimeCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved-query stage: feedback (first input) is matched against the saved queries with Lucene Monitor, and the
 * matches (query id, matched terms) are recorded on it. Queries arrive on the second input, a broadcast changelog,
 * and live in broadcast state.
 *
 * <p>Feedback is matched in batches, because one Monitor call has a fixed cost (a small index of the documents, a
 * search of the query index) that a batch shares. A batch is matched when it is full, when its oldest event has waited
 * {@link QueryBatching#maxDelay()}, before a watermark passes (so nothing it holds becomes late downstream), before a
 * checkpoint barrier (so the buffer is never state: a checkpoint sees it empty) and at the end of input. A query update
 * first matches the batch with the queries it arrived under, then applies. This needs timers and the pre-barrier hook,
 * which broadcast process functions do not offer, hence an operator.
 *
 * <p>The Monitor is not state: it is rebuilt from the broadcast state when the operator starts or restores, and
 * changed in place by each update after that.
 */
public final class MatchQueriesOperator extends AbstractStreamOperator<Feedback>
        implements TwoInputStreamOperator<Feedback, SavedQueryUpdate, Feedback>, ProcessingTimeCallback {

    private static final Logger LOG = LoggerFactory.getLogger(MatchQueriesOperator.class);

    private final QueryBatching batching;

    private transient BroadcastState<String, SavedQuery> registry;
    private transient StandingQueries standing;
    private transient List<StreamRecord<Feedback>> batch;
    private transient boolean timerPending;
    private transient Counter matched;

    public MatchQueriesOperator(QueryBatching batching) {
        this.batching = batching;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        registry = context.getOperatorStateStore().getBroadcastState(PipelineState.SAVED_QUERIES);
        standing = new StandingQueries();
        Map<String, String> restored = new HashMap<>();
        for (Map.Entry<String, SavedQuery> entry : registry.entries()) {
            restored.put(entry.getKey(), entry.getValue().query());
        }
        standing.putAll(restored).forEach((id, error) ->
                LOG.warn("saved query {} could not be restored: {}", id, error.getMessage()));
    }

    @Override
    public void open() throws Exception {
        super.open();
        batch = new ArrayList<>(batching.size());
        matched = getMetricGroup().counter("savedQueryMatches");
    }

    @Override
    public void processElement1(StreamRecord<Feedback> element) throws Exception {
        if (standing.size() == 0 && batch.isEmpty()) {
            output.collect(element);
            return;
        }
        // Copied: the runtime may reuse the record object once this call returns.
        batch.add(element.hasTimestamp() ? new StreamRecord<>(element.getValue(), element.getTimestamp())
                : new StreamRecord<>(element.getValue()));
        if (batch.size() >= batching.size() || batching.maxDelay().isZero()) {
            matchBatch();
        } else if (!timerPending) {
            timerPending = true;
            long now = getProcessingTimeService().getCurrentProcessingTime();
            getProcessingTimeService().registerTimer(now + batching.maxDelay().toMillis(), this);
        }
    }

    @Override
    public void processElement2(StreamRecord<SavedQueryUpdate> element) throws Exception {
        matchBatch();
        SavedQueryUpdate update = element.getValue();
        if (update.isDeletion()) {
            registry.remove(update.queryId());
            standing.remove(update.queryId());
            return;
        }
        SavedQuery query = update.query();
        try {
            standing.put(query.id(), query.query());
        } catch (InvalidQueryException e) {
            // The parse stage refuses invalid queries; one that still fails here (a Monitor limit) is skipped, loudly.
            LOG.warn("saved query {} could not be registered, the previous version stays: {}", query.id(),
                    e.getMessage());
            return;
        }
        registry.put(query.id(), query);
    }

    @Override
    public void onProcessingTime(long time) throws Exception {
        timerPending = false;
        matchBatch();
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        matchBatch();
        super.processWatermark(mark);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        matchBatch();
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void finish() throws Exception {
        matchBatch();
        super.finish();
    }

    @Override
    public void close() throws Exception {
        if (standing != null) {
            standing.close();
        }
        super.close();
    }

    /** Matches what is buffered and emits it, in arrival order and with its timestamps. */
    private void matchBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<Feedback> feedback = new ArrayList<>(batch.size());
        batch.forEach(record -> feedback.add(record.getValue()));
        List<List<QueryMatch>> matches = standing.size() == 0 ? null : standing.match(feedback);
        for (int i = 0; i < batch.size(); i++) {
            StreamRecord<Feedback> record = batch.get(i);
            if (matches != null && !matches.get(i).isEmpty()) {
                matched.inc(matches.get(i).size());
                record.replace(record.getValue().withQueryMatches(matches.get(i)));
            }
            output.collect(record);
        }
        batch.clear();
    }
}
