package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.RawRecord;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks of the registry changelogs (initiatives, saved queries). They are reference data, not events in time:
 * this side must never hold back the event time of the feedback it is joined with, so it declares itself idle and
 * emits no watermark. It must not claim "the end of time" either: when the feedback sources go idle in a lull, that
 * claim would become the joined operators' watermark, fire every timer at once and make all later feedback late.
 */
final class BroadcastSideWatermarks implements WatermarkGenerator<RawRecord> {

    @Override
    public void onEvent(RawRecord event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.markIdle();
    }
}
