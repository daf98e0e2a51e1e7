package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.util.List;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class MatchQueriesFunctionTest {

    private static BroadcastOperatorTestHarness<Feedback, SavedQueryUpdate, Feedback> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(new MatchQueriesFunction(),
                PipelineState.SAVED_QUERIES);
    }

    private static SavedQueryUpdate save(String id, String query) {
        return SavedQueryUpdate.upsert(new SavedQuery(1, id, query, null, null, T0));
    }

    private static Feedback queueComplaint(String id) {
        return Events.reviewFeedback(id, "paris", 2, "Endless queue at the till", T0);
    }

    @Test
    void aSavedQueryAppliesToTheNextFeedbackAtOnceAndIsKeptInBroadcastState() throws Exception {
        try (var h = harness()) {
            h.processElement(queueComplaint("before"), 0);
            h.processBroadcastElement(save("queues", "queue AND rating:[1 TO 2]"), 0);
            h.processElement(queueComplaint("after"), 0);

            assertThat(h.extractOutputValues()).satisfiesExactly(
                    before -> assertThat(before.queryMatches()).isEmpty(),
                    after -> assertThat(after.queryMatches()).containsExactly(
                            new QueryMatch("queues", List.of("queue", "rating:2.0"))));
            assertThat(h.getBroadcastState(PipelineState.SAVED_QUERIES).get("queues").query())
                    .isEqualTo("queue AND rating:[1 TO 2]");
        }
    }

    @Test
    void anUpdateReplacesTheQueryAndATombstoneRemovesIt() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(save("q", "queue"), 0);
            h.processElement(queueComplaint("1"), 0);
            h.processBroadcastElement(save("q", "parking"), 0);
            h.processElement(queueComplaint("2"), 0);
            h.processBroadcastElement(save("q", "till"), 0);
            h.processBroadcastElement(SavedQueryUpdate.deletion("q"), 0);
            h.processElement(queueComplaint("3"), 0);

            assertThat(h.extractOutputValues()).extracting(f -> f.queryMatches().size()).containsExactly(1, 0, 0);
            assertThat(h.getBroadcastState(PipelineState.SAVED_QUERIES).contains("q")).isFalse();
        }
    }

    @Test
    void queriesAreRestoredFromBroadcastStateAfterARestart() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.processBroadcastElement(save("queues", "queue"), 0);
            snapshot = h.snapshot(1, 1);
        }
        try (var h = new BroadcastOperatorTestHarness<Feedback, SavedQueryUpdate, Feedback>(
                new CoBroadcastWithNonKeyedOperator<>(new MatchQueriesFunction(), List.of(PipelineState.SAVED_QUERIES)),
                1, 1, 0)) {
            h.setup();
            h.initializeState(snapshot);
            h.open();
            h.processElement(queueComplaint("after-restart"), 0);

            assertThat(h.extractOutputValues()).singleElement().satisfies(
                    f -> assertThat(f.queryMatches()).extracting(QueryMatch::queryId).containsExactly("queues"));
        }
    }
}
