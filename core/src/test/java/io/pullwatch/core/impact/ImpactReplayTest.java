package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The replay fires timers as a watermark trailing the feedback would, and sums the comparable stores itself. */
class ImpactReplayTest {

    private static final Instant START = StoreImpactTest.START;

    private static StoreFeedback at(String store, Instant at, double score, String text, boolean running) {
        return new StoreFeedback(store, StoreImpactTest.feedback(store + at, at, score, text,
                running ? new String[] {"flash"} : new String[0]), running ? List.of(StoreImpactTest.FLASH) : List.of());
    }

    @Test
    void aRiskComesOutWhenTheWatermarkPassesItsBucketAndADigestAtItsHour() {
        // a tail long enough for the initiative to still be tracked at the digest hour
        ImpactReplay replay = new ImpactReplay(StoreImpactTest.SETTINGS.withTail(Duration.ofHours(8)),
                Duration.ofSeconds(30));
        List<ImpactNotification> out = new ArrayList<>();
        for (Instant t = START.minus(Duration.ofHours(1)); t.isBefore(START.plus(Duration.ofMinutes(30)));
                t = t.plusSeconds(60)) {
            out.addAll(replay.accept(at("nice", t, 0.1, "Bien", false)));
            boolean burst = !t.isBefore(START.plus(Duration.ofMinutes(10))) && t.isBefore(START.plus(Duration.ofMinutes(14)));
            out.addAll(replay.accept(at("lille", t.plusSeconds(1), burst ? -0.8 : 0.1,
                    burst ? "Sold out, nothing left" : "Bien", !t.isBefore(START))));
        }
        List<ImpactNotification> beforeTheHour = new ArrayList<>(out);
        out.addAll(replay.finish(Instant.parse("2025-03-03T18:00:01Z")));

        assertThat(beforeTheHour).filteredOn(n -> n.type() == ImpactType.RISK).singleElement().satisfies(n -> {
            assertThat(n.storeId()).isEqualTo("lille");
            assertThat(n.createdAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
        });
        assertThat(out).filteredOn(n -> n.type() == ImpactType.DAILY_DIGEST).singleElement()
                .satisfies(n -> assertThat(n.storeId()).isEqualTo("lille"));
        assertThat(replay.late()).isZero();
        assertThat(replay.state("nice").hasTracks()).isFalse();
    }

    @Test
    void feedbackOlderThanTheWatermarkAllowsIsLate() {
        ImpactReplay replay = new ImpactReplay(StoreImpactTest.SETTINGS, Duration.ofSeconds(30));
        replay.accept(at("lille", START.plus(Duration.ofMinutes(20)), 0.1, "Bien", true));

        replay.accept(at("lille", START, 0.1, "Bien", true));

        assertThat(replay.late()).isEqualTo(1);
    }
}
