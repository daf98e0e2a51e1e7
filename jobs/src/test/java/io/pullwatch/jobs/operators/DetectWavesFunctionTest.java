package io.pullwatch.jobs.operators;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.detection.DetectionSettings;
import io.pullwatch.core.detection.ScopedEvent;
import io.pullwatch.core.detection.Signal;
import io.pullwatch.core.detection.WaveDetector;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.jobs.testing.Events;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class DetectWavesFunctionTest {

    private static final DetectionSettings SETTINGS = Events.DETECTION;
    private static final long T0 = Instant.parse("2025-03-03T08:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private static KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, Alert> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DetectWavesFunction(new WaveDetector(SETTINGS)), ScopedEvent::scope, Types.STRING);
    }

    private static ScopedEvent event(String scope, int n, long at, Signal polarity) {
        return new ScopedEvent(scope, "m" + n, at, "author" + n, 100, 1.0, polarity == Signal.NEGATIVE ? -0.7 : 0.2,
                polarity, "lille", List.of(), List.of("sold", "out"), "sold out");
    }

    /** Two hours of one post every two minutes, then twenty negative posts in the next minute. */
    private static int chatterThenBurst(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, Alert> h)
            throws Exception {
        int n = 0;
        for (long at = T0; at < T0 + 120 * MINUTE; at += 2 * MINUTE) {
            h.processElement(event("store:lille", n++, at, null), at);
            h.processWatermark(at - 30_000);
        }
        for (int i = 0; i < 20; i++) {
            long at = T0 + 120 * MINUTE + i * 3_000L;
            h.processElement(event("store:lille", n++, at, Signal.NEGATIVE), at);
        }
        return n;
    }

    @Test
    void anAlertOpensOnTheEventThatCrossesNotAtAWatermark() throws Exception {
        try (var h = harness()) {
            chatterThenBurst(h);

            List<Alert> alerts = h.extractOutputValues();
            assertThat(alerts).singleElement().satisfies(a -> {
                assertThat(a.status()).isEqualTo(AlertStatus.OPENED);
                assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
                assertThat(a.scope()).isEqualTo("store:lille");
            });
            assertThat(h.numKeyedStateEntries()).isEqualTo(1);
            assertThat(h.numEventTimeTimers()).as("closing timers of the last chatter bucket and the burst's")
                    .isEqualTo(2);
        }
    }

    @Test
    void whileOpenEveryBucketEndIsCheckedAndTheAlertResolvesWithoutFurtherEvents() throws Exception {
        try (var h = harness()) {
            chatterThenBurst(h);

            long end = T0 + 120 * MINUTE;
            for (long wm = end; wm <= end + 25 * MINUTE; wm += MINUTE) {
                h.processWatermark(wm);
            }

            List<Alert> alerts = h.extractOutputValues();
            assertThat(alerts).extracting(Alert::status).startsWith(AlertStatus.OPENED).endsWith(AlertStatus.RESOLVED);
            assertThat(alerts).extracting(Alert::alertId).containsOnly(alerts.get(0).alertId());
            assertThat(h.numEventTimeTimers()).as("no timer once nothing is open").isZero();
        }
    }

    @Test
    void scopesAreWatchedApart() throws Exception {
        try (var h = harness()) {
            chatterThenBurst(h);
            h.processElement(event("store:paris", 999, T0 + 121 * MINUTE, Signal.NEGATIVE), T0 + 121 * MINUTE);

            assertThat(h.numKeyedStateEntries()).isEqualTo(2);
            assertThat(h.extractOutputValues()).extracting(Alert::scope).containsOnly("store:lille");
        }
    }

    @Test
    void anOpenAlertSurvivesARestoreAndResolvesAfterIt() throws Exception {
        OperatorSubtaskState state;
        try (var before = harness()) {
            chatterThenBurst(before);
            state = before.snapshot(1, 1);
        }

        try (var restored = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new DetectWavesFunction(new WaveDetector(SETTINGS))), ScopedEvent::scope,
                Types.STRING)) {
            restored.initializeState(state);
            restored.open();
            restored.processWatermark(T0 + 150 * MINUTE);

            assertThat(restored.extractOutputValues()).extracting(Alert::status).containsExactly(AlertStatus.RESOLVED);
        }
    }
}
