package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.impact.GroupStats;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.jobs.testing.Events;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ComparableSentimentFunctionTest {

    private static final ImpactSettings SETTINGS = ImpactSettings.defaults();
    private static final long BUCKET = SETTINGS.bucketMillis();

    private static KeyedOneInputStreamOperatorTestHarness<Long, StoreFeedback, SentimentBucket> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new ComparableSentimentFunction(SETTINGS),
                ComparableSentimentFunction.bucketOf(SETTINGS), Types.LONG);
    }

    private static StoreFeedback routed(String store, Instant at, double score, boolean running) {
        Feedback feedback = Events.reviewFeedback(store + at, store, 4, "ok", at)
                .withUnderstanding("en", new Sentiment(score, SentimentLabel.POSITIVE, score == 0 ? 0 : 1), List.of());
        return new StoreFeedback(store, feedback,
                running ? List.of(Events.initiative("flash", store, InitiativeStatus.ACTIVE)) : List.of());
    }

    @Test
    void sumsTheStoresRunningNothingAndEmitsTheBucketOnceEventTimeHasPassedIt() throws Exception {
        try (var h = harness()) {
            h.processElement(routed("paris", T0.plusSeconds(10), 0.5, false), T0.plusSeconds(10).toEpochMilli());
            h.processElement(routed("nice", T0.plusSeconds(20), -0.1, false), T0.plusSeconds(20).toEpochMilli());
            h.processElement(routed("nice", T0.plusSeconds(30), 0.0, false), T0.plusSeconds(30).toEpochMilli());
            h.processElement(routed("lille", T0.plusSeconds(40), 0.9, true), T0.plusSeconds(40).toEpochMilli());
            assertThat(h.numEventTimeTimers()).isEqualTo(1);
            assertThat(h.numKeyedStateEntries()).isEqualTo(1);

            h.processWatermark(T0.toEpochMilli() + BUCKET - 1);

            // the store running an initiative is not a comparison; feedback without sentiment counts as volume only
            assertThat(h.extractOutputValues()).containsExactly(
                    new SentimentBucket(T0.toEpochMilli(), 3, GroupStats.of(0.5, -0.1)));
            assertThat(h.numKeyedStateEntries()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void feedbackForABucketAlreadyEmittedIsNotCounted() throws Exception {
        try (var h = harness()) {
            h.processWatermark(T0.toEpochMilli() + BUCKET);

            h.processElement(routed("paris", T0.plusSeconds(10), 0.5, false), T0.plusSeconds(10).toEpochMilli());

            assertThat(h.numKeyedStateEntries()).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }
}
