package io.pullwatch.jobs.operators;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.detection.CascadeDetector;
import io.pullwatch.core.detection.CascadeShare;
import io.pullwatch.core.detection.DetectionSettings;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.jobs.testing.Events;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class WatchCascadesFunctionTest {

    private static final DetectionSettings SETTINGS = Events.DETECTION;
    private static final long T0 = Instant.parse("2025-03-03T08:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;

    private static KeyedOneInputStreamOperatorTestHarness<String, CascadeShare, Alert> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new WatchCascadesFunction(new CascadeDetector(SETTINGS), SETTINGS.bucket()), CascadeShare::rootId,
                Types.STRING);
    }

    private static CascadeShare share(int i, long at) {
        return new CascadeShare("p1", false, "mention:r" + i, "fan" + i, at, 300, 0, null, null);
    }

    @Test
    void aRootAloneKeepsStateButNoTimer() throws Exception {
        try (var h = harness()) {
            h.processElement(new CascadeShare("p1", true, "mention:p1", "shop", T0, 5_000, 0.6, null, "Look!"), T0);

            assertThat(h.numKeyedStateEntries()).isEqualTo(1);
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aViralCascadeIsFlaggedAtABucketEndAndResolvedAnHourAfterItsLastReshare() throws Exception {
        try (var h = harness()) {
            h.processElement(new CascadeShare("p1", true, "mention:p1", "shop", T0, 200_000, 0.6, null, "Look!"), T0);
            for (int i = 0; i < 600; i++) {
                long at = T0 + (i + 1) * 2_000L;
                h.processElement(share(i, at), at);
                if (i % 30 == 29) {
                    h.processWatermark(at);
                }
            }
            assertThat(h.extractOutputValues()).extracting(Alert::status).startsWith(AlertStatus.OPENED);
            assertThat(h.numEventTimeTimers()).as("ticking while open").isEqualTo(1);

            for (long wm = T0 + 21 * MINUTE; wm <= T0 + 90 * MINUTE; wm += MINUTE) {
                h.processWatermark(wm);
            }

            assertThat(h.extractOutputValues()).extracting(Alert::status).endsWith(AlertStatus.RESOLVED);
            assertThat(h.numEventTimeTimers()).as("quiet and resolved: no more ticking").isZero();
            assertThat(h.numKeyedStateEntries()).as("kept for late reshares until its TTL").isEqualTo(1);
        }
    }
}
