package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.RawRecord;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks of the initiatives changelog. Initiatives are reference data, not events in time: this side must never
 * hold back the event time of the feedback it is joined with, so it always reports "no later than the end of time".
 */
final class BroadcastSideWatermarks implements WatermarkGenerator<RawRecord> {

    @Override
    public void onEvent(RawRecord event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }
}
