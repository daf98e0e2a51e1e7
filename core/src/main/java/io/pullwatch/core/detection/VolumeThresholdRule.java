package io.pullwatch.core.detection;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SchemaVersion;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Foundation's detector: a fixed number of positive (or negative) pieces of feedback in one scope within one
 * time bucket. It opens an alert the moment the count reaches the threshold, not when the bucket closes; updates it
 * each time the count doubles again (escalation); resolves it when the bucket closes. The Virality stage replaces
 * it with a learned baseline. Alert ids derive from scope, polarity and bucket, so a replay yields the same ids.
 */
public final class VolumeThresholdRule implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DETECTOR = "volume-threshold";

    private final int threshold;
    private final Duration bucket;

    public VolumeThresholdRule(int threshold, Duration bucket) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        if (bucket.isNegative() || bucket.isZero()) {
            throw new IllegalArgumentException("bucket must be positive");
        }
        this.threshold = threshold;
        this.bucket = bucket;
    }

    public long bucketStart(Instant eventTime) {
        long size = bucket.toMillis();
        return Math.floorDiv(eventTime.toEpochMilli(), size) * size;
    }

    public long bucketEnd(long bucketStart) {
        return bucketStart + bucket.toMillis();
    }

    /** The revision an alert should have at this count: 1 at the threshold, then +1 at every doubling. */
    int revisionFor(long count) {
        if (count < threshold) {
            return 0;
        }
        return 1 + (63 - Long.numberOfLeadingZeros(count / threshold));
    }

    /** The alert to emit after {@code tally} grew by one, if its count crossed the threshold or a doubling. */
    public Optional<Alert> afterIncrement(String scope, Polarity polarity, long bucketStart, PolarityTally tally) {
        int revision = revisionFor(tally.count());
        if (revision <= tally.alertRevision()) {
            return Optional.empty();
        }
        AlertStatus status = revision == 1 ? AlertStatus.OPENED : AlertStatus.UPDATED;
        return Optional.of(alert(scope, polarity, bucketStart, tally, revision, status));
    }

    /** The closing revision of an alert whose bucket is over, if one was opened. */
    public Optional<Alert> onBucketClosed(String scope, Polarity polarity, long bucketStart, PolarityTally tally) {
        if (tally.alertRevision() == 0) {
            return Optional.empty();
        }
        return Optional.of(alert(scope, polarity, bucketStart, tally, tally.alertRevision() + 1, AlertStatus.RESOLVED));
    }

    private Alert alert(String scope, Polarity polarity, long bucketStart, PolarityTally tally, int revision,
            AlertStatus status) {
        Instant start = Instant.ofEpochMilli(bucketStart);
        Instant end = Instant.ofEpochMilli(bucketEnd(bucketStart));
        int severity = (int) Math.max(1, Math.min(10, Math.round(5.0 * tally.count() / threshold)));
        List<String> initiatives = tally.topInitiatives();
        String storeId = scope.startsWith(Scopes.STORE_PREFIX) ? scope.substring(Scopes.STORE_PREFIX.length()) : null;
        String summary = String.format("%s %s feedback in %s: %d in %d min (threshold %d)%s",
                status == AlertStatus.RESOLVED ? "Ended:" : "Burst of", polarity.name().toLowerCase(), scope,
                tally.count(), bucket.toMinutes(), threshold,
                initiatives.isEmpty() ? "" : ", mostly about initiative " + initiatives.get(0));
        AlertEvidence evidence = new AlertEvidence(tally.count(), threshold, polarity == Polarity.POSITIVE ? tally.count() : 0,
                polarity == Polarity.NEGATIVE ? tally.count() : 0, 0, tally.firstFeedbackId(),
                tally.sampleFeedbackIds(), storeId == null ? List.of() : List.of(storeId), initiatives);
        return new Alert(SchemaVersion.CURRENT, alertId(scope, polarity, bucketStart), revision, status, scope, polarity,
                severity, start, end, DETECTOR, summary, evidence);
    }

    static String alertId(String scope, Polarity polarity, long bucketStart) {
        String name = DETECTOR + "|" + scope + "|" + polarity + "|" + bucketStart;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
