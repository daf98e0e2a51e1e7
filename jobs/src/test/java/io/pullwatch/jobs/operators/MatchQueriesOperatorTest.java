package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.jobs.config.QueryBatching;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.TwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class MatchQueriesOperatorTest {

    private static final QueryBatching BATCHES_OF_3 = new QueryBatching(3, Duration.ofMillis(20));

    private static TwoInputStreamOperatorTestHarness<Feedback, SavedQueryUpdate, Feedback> harness(
            QueryBatching batching, OperatorSubtaskState restored) throws Exception {
        var h = new TwoInputStreamOperatorTestHarness<>(new MatchQueriesOperator(batching));
        h.setup();
        h.initializeState(restored);
        h.open();
        return h;
    }

    private static TwoInputStreamOperatorTestHarness<Feedback, SavedQueryUpdate, Feedback> harness() throws Exception {
        return harness(BATCHES_OF_3, null);
    }

    private static SavedQueryUpdate save(String id, String query) {
        return SavedQueryUpdate.upsert(new SavedQuery(1, id, query, null, null, T0));
    }

    private static Feedback queueComplaint(String id) {
        return Events.reviewFeedback(id, "paris", 2, "Endless queue at the till", T0);
    }

    private static BroadcastState<String, SavedQuery> registry(
            TwoInputStreamOperatorTestHarness<Feedback, SavedQueryUpdate, Feedback> h) throws Exception {
        return h.getOperator().getOperatorStateBackend().getBroadcastState(PipelineState.SAVED_QUERIES);
    }

    @Test
    void aFullBatchIsMatchedAtOnceInArrivalOrderWithItsTimestamps() throws Exception {
        try (var h = harness()) {
            h.processElement2(save("queues", "queue AND rating:[1 TO 2]"), 0);
            h.processElement1(queueComplaint("a"), 10);
            h.processElement1(queueComplaint("b"), 11);
            assertThat(h.getOutput()).isEmpty();

            h.processElement1(queueComplaint("c"), 12);

            assertThat(h.extractOutputStreamRecords()).extracting(StreamRecord::getTimestamp)
                    .containsExactly(10L, 11L, 12L);
            assertThat(h.extractOutputValues()).extracting(Feedback::feedbackId).containsExactly("review:a", "review:b", "review:c");
            assertThat(h.extractOutputValues().get(0).queryMatches())
                    .containsExactly(new QueryMatch("queues", List.of("queue", "rating:2.0")));
            assertThat(registry(h).get("queues").query()).isEqualTo("queue AND rating:[1 TO 2]");
        }
    }

    @Test
    void aPartialBatchWaitsAtMostTheMaximumDelay() throws Exception {
        try (var h = harness()) {
            h.processElement2(save("queues", "queue"), 0);
            h.setProcessingTime(1_000);
            h.processElement1(queueComplaint("a"), 10);
            h.processElement1(queueComplaint("b"), 11);
            assertThat(h.getProcessingTimeService().getActiveTimerTimestamps()).containsExactly(1_020L);

            h.setProcessingTime(1_019);
            assertThat(h.getOutput()).isEmpty();
            h.setProcessingTime(1_020);

            assertThat(h.extractOutputValues()).hasSize(2).allSatisfy(
                    f -> assertThat(f.queryMatches()).extracting(QueryMatch::queryId).containsExactly("queues"));
            assertThat(h.getProcessingTimeService().getNumActiveTimers()).isZero();
        }
    }

    @Test
    void aWatermarkACheckpointBarrierAndTheEndOfInputEachFlushTheBatchFirst() throws Exception {
        try (var h = harness()) {
            h.processElement2(save("queues", "queue"), 0);
            h.processElement1(queueComplaint("a"), 10);
            h.processBothWatermarks(new Watermark(10));
            assertThat(h.getOutput()).hasSize(2);
            assertThat(h.getOutput().poll()).isInstanceOf(StreamRecord.class); // the record before the watermark
            assertThat(h.getOutput().poll()).isEqualTo(new Watermark(10));

            h.processElement1(queueComplaint("b"), 11);
            h.prepareSnapshotPreBarrier(1);
            assertThat(h.extractOutputValues()).extracting(Feedback::feedbackId).containsExactly("review:b");

            h.getOutput().clear();
            h.processElement1(queueComplaint("c"), 12);
            h.getOperator().finish();
            assertThat(h.extractOutputValues()).extracting(Feedback::feedbackId).containsExactly("review:c");
        }
    }

    @Test
    void anUpdateMatchesTheWaitingBatchWithTheOldQueriesThenApplies() throws Exception {
        try (var h = harness()) {
            h.processElement2(save("q", "queue"), 0);
            h.processElement1(queueComplaint("1"), 0);
            h.processElement2(save("q", "parking"), 0);
            h.processElement1(queueComplaint("2"), 0);
            h.processElement2(save("q", "till"), 0);
            h.processElement2(SavedQueryUpdate.deletion("q"), 0);
            h.processElement1(queueComplaint("3"), 0);
            h.getOperator().finish();

            assertThat(h.extractOutputValues()).extracting(f -> f.queryMatches().size()).containsExactly(1, 0, 0);
            assertThat(registry(h).contains("q")).isFalse();
        }
    }

    @Test
    void withoutQueriesFeedbackPassesStraightThrough() throws Exception {
        try (var h = harness()) {
            h.processElement1(queueComplaint("a"), 10);

            assertThat(h.extractOutputValues()).extracting(Feedback::feedbackId).containsExactly("review:a");
            assertThat(h.getProcessingTimeService().getNumActiveTimers()).isZero();
        }
    }

    @Test
    void queriesAreRestoredFromBroadcastStateAfterARestart() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.processElement2(save("queues", "queue"), 0);
            snapshot = h.snapshot(1, 1);
        }
        try (var h = harness(new QueryBatching(1, Duration.ZERO), snapshot)) {
            h.processElement1(queueComplaint("after-restart"), 0);

            assertThat(h.extractOutputValues()).singleElement().satisfies(
                    f -> assertThat(f.queryMatches()).extracting(QueryMatch::queryId).containsExactly("queues"));
        }
    }
}
