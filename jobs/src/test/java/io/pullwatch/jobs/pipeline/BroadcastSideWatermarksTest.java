package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.jobs.testing.Events;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class BroadcastSideWatermarksTest {

    /** Records what a generator tells its output. */
    private static final class Recorded implements WatermarkOutput {
        final List<String> calls = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark watermark) {
            calls.add("watermark " + watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
            calls.add("idle");
        }

        @Override
        public void markActive() {
            calls.add("active");
        }
    }

    @Test
    void theRegistrySideIsIdleAndNeverMovesEventTime() {
        BroadcastSideWatermarks generator = new BroadcastSideWatermarks();
        Recorded output = new Recorded();

        generator.onEvent(Events.raw("initiatives", 0, "{}"), Events.T0.toEpochMilli(), output);
        generator.onPeriodicEmit(output);
        generator.onPeriodicEmit(output);

        assertThat(output.calls).containsExactly("idle", "idle");
    }
}
