package io.pullwatch.jobs.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.detection.DetectionSettings;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Small, readable builders of test events and their raw bytes. */
public final class Events {

    public static final ObjectMapper JSON = JsonMappers.create();
    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    /** The shipped detection defaults, as the detect-stage tests use them. */
    public static final DetectionSettings DETECTION = PullwatchConfig.defaults().detectionSettings();

    private Events() {}

    public static Review review(String id, String store, double rating, String text, Instant at) {
        return new Review(SchemaVersion.CURRENT, id, "google", store, rating, null, text, "en", "u-" + id, at, null);
    }

    public static Mention mention(String id, String text, Instant at) {
        return new Mention(SchemaVersion.CURRENT, id, "twitter", "u-" + id, 120L, text, "en", at, null, null, null,
                null, null, null);
    }

    /** A flash promotion running from a day before {@link #T0} to a day after. */
    public static Initiative initiative(String id, String store, InitiativeStatus status, String... codes) {
        return initiativeAround(T0, id, store, status, codes);
    }

    public static Initiative initiativeAround(Instant around, String id, String store, InitiativeStatus status,
            String... codes) {
        return new Initiative(SchemaVersion.CURRENT, id, store, "staff-1", "Camille Dubois",
                InitiativeKind.FLASH_PROMOTION, "Flash sale", "Winter coats at -30%", around.minusSeconds(86_400),
                around.plusSeconds(86_400), List.of("instagram"), List.of(codes), List.of(), List.of(), null, status);
    }

    public static Feedback reviewFeedback(String id, String store, double rating, String text, Instant at) {
        return Feedback.of(review(id, store, rating, text, at));
    }

    public static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static RawRecord raw(String topic, long offset, String key, byte[] value) {
        return new RawRecord(topic, 0, offset, T0.toEpochMilli(), key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                value);
    }

    public static RawRecord raw(String topic, long offset, String value) {
        return raw(topic, offset, null, value.getBytes(StandardCharsets.UTF_8));
    }
}
