package io.pullwatch.core.detection;

import io.pullwatch.core.event.Alert;
import java.util.ArrayList;
import java.util.List;

/** Runs a detector over one scope's events in time order, closing buckets as a watermark would. */
final class WaveDetectorRun {

    private WaveDetectorRun() {}

    static List<Alert> run(WaveDetector detector, ScopeWatch watch, List<ScopedEvent> events, long untilMillis) {
        List<Alert> alerts = new ArrayList<>();
        long bucketMillis = detector.settings().bucket().toMillis();
        long nextClose = Long.MIN_VALUE;
        for (ScopedEvent event : events) {
            while (nextClose != Long.MIN_VALUE && nextClose <= event.createdAtMillis()) {
                detector.closeBucket(event.scope(), watch, nextClose).ifPresent(alerts::add);
                nextClose += bucketMillis;
            }
            detector.observe(event.scope(), watch, event).ifPresent(alerts::add);
            if (nextClose == Long.MIN_VALUE) {
                nextClose = detector.bucketEnd(event.createdAtMillis());
            }
        }
        for (; nextClose != Long.MIN_VALUE && nextClose <= untilMillis; nextClose += bucketMillis) {
            detector.closeBucket("store:s1", watch, nextClose).ifPresent(alerts::add);
        }
        return alerts;
    }
}
