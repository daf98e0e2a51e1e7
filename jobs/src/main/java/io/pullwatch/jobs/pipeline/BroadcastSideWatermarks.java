package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.RawRecord;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Watermarks of the registry changelogs (initiatives, saved queries). Registry updates are reference data, not events
 * in time: this side must never hold back the event time of the feedback it is joined with, and must never push it
 * forward either. It therefore reports itself idle, so that the operators joining it go by the feedback's watermarks
 * alone. (A watermark at the end of time would do the first, but not the second: while the feedback sources are idle
 * the joining operators would take it as their event time, and every piece of feedback after a quiet spell would be
 * late for every timer downstream.)
 */
final class BroadcastSideWatermarks implements WatermarkGenerator<RawRecord> {

    @Override
    public void onEvent(RawRecord event, long eventTimestamp, WatermarkOutput output) {}

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.markIdle();
    }
}
