package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.detection.Scopes;
import io.pullwatch.core.detection.VolumeThresholdRule;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.sentiment.RatingSentiment;
import io.pullwatch.jobs.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VolumeAlertFunctionTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private KeyedOneInputStreamOperatorTestHarness<String, Feedback, Alert> h;
    private int sequence;

    @BeforeEach
    void open() throws Exception {
        h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new VolumeAlertFunction(new VolumeThresholdRule(3, MINUTE))),
                Scopes::storeScope, Types.STRING);
        h.open();
    }

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    private void review(double rating, Instant at) throws Exception {
        Feedback f = Events.reviewFeedback("r" + sequence++, "lille", rating, "x", at)
                .withUnderstanding("en", RatingSentiment.of(rating), List.of());
        h.processElement(f, at.toEpochMilli());
    }

    @Test
    void opensTheMomentTheThresholdIsReachedNotWhenTheBucketCloses() throws Exception {
        review(1, T0);
        review(2, T0.plusSeconds(10));
        assertThat(h.extractOutputValues()).isEmpty();

        review(1, T0.plusSeconds(20));

        assertThat(h.extractOutputValues()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.OPENED);
            assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.scope()).isEqualTo("store:lille");
            assertThat(a.evidence().observed()).isEqualTo(3);
            assertThat(a.evidence().firstFeedbackId()).isEqualTo("review:r0");
        });
        assertThat(h.numEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void escalatesOnDoublingAndResolvesWhenTheBucketClosesThenForgetsIt() throws Exception {
        for (int i = 0; i < 6; i++) {
            review(5, T0.plusSeconds(i));
        }
        h.processWatermark(new Watermark(T0.plus(MINUTE).toEpochMilli()));

        assertThat(h.extractOutputValues()).extracting(Alert::status, Alert::revision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AlertStatus.OPENED, 1),
                org.assertj.core.groups.Tuple.tuple(AlertStatus.UPDATED, 2),
                org.assertj.core.groups.Tuple.tuple(AlertStatus.RESOLVED, 3));
        assertThat(h.extractOutputValues()).extracting(Alert::alertId).containsOnly(h.extractOutputValues().get(0).alertId());
        assertThat(h.numEventTimeTimers()).isZero();
        assertThat(h.numKeyedStateEntries()).isZero();
    }

    @Test
    void neutralFeedbackAndOtherBucketsDoNotAddUp() throws Exception {
        review(3, T0);
        review(3, T0.plusSeconds(1));
        review(1, T0.plusSeconds(2));
        review(1, T0.plusSeconds(3));
        review(1, T0.plus(MINUTE).plusSeconds(1));

        assertThat(h.extractOutputValues()).isEmpty();
    }

    @Test
    void feedbackForAnAlreadyClosedBucketIsNotCounted() throws Exception {
        review(1, T0);
        review(1, T0.plusSeconds(1));
        h.processWatermark(new Watermark(T0.plus(MINUTE).toEpochMilli()));
        review(1, T0.plusSeconds(30));

        assertThat(h.extractOutputValues()).isEmpty();
        assertThat(h.numKeyedStateEntries()).isZero();
    }

    @Test
    void anOpenedAlertIsNotOpenedAgainAfterARestore() throws Exception {
        for (int i = 0; i < 3; i++) {
            review(1, T0.plusSeconds(i));
        }
        var snapshot = h.snapshot(1, 1);
        h.close();
        h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new VolumeAlertFunction(new VolumeThresholdRule(3, MINUTE))),
                Scopes::storeScope, Types.STRING);
        h.initializeState(snapshot);
        h.open();

        review(1, T0.plusSeconds(5));

        assertThat(h.extractOutputValues()).isEmpty();
        assertThat(h.numEventTimeTimers()).isEqualTo(1);
    }
}
