package io.pullwatch.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayedAttributionTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final Initiative FLASH = new Initiative(1, "flash", "lille", "staff-1", "Camille Dubois",
            InitiativeKind.FLASH_PROMOTION, "Flash sale", "Winter coats at -30%", T0.minusSeconds(3600),
            T0.plusSeconds(36_000), List.of(), List.of("FLASH30"), List.of(), List.of(), null, InitiativeStatus.ACTIVE);

    private static Feedback post(String id, String store, String parentId, String text, Instant at) {
        return Feedback.of(new Mention(1, id, "x", "u-" + id, 10L, text, "en", at, parentId,
                parentId == null ? null : Relation.REPLY, null, store, List.of(), List.of()));
    }

    @Test
    void carriesThreadsPerStoreFromOneEventToTheNext() {
        ReplayedAttribution replay = new ReplayedAttribution();
        try (InitiativeMatcher matcher = new InitiativeMatcher(List.of(FLASH),
                new AttributionSettings(Duration.ofHours(1), 0.35))) {
            replay.attribute(matcher, post("root", "lille", null, "FLASH30 refused", T0));

            assertThat(replay.attribute(matcher, post("reply", "lille", "root", "Same here", T0.plusSeconds(30))))
                    .extracting(Attribution::rule).containsExactly(AttributionRule.THREAD);
            assertThat(replay.attribute(matcher, post("other", "paris", "root", "Same here", T0.plusSeconds(30))))
                    .isEmpty();
        }
    }

    @Test
    void carriesEachStoresActivitySoThatAWaveIsSeen() {
        ReplayedAttribution replay = new ReplayedAttribution();
        try (InitiativeMatcher matcher = new InitiativeMatcher(List.of(FLASH),
                new AttributionSettings(Duration.ofHours(1), 0.35))) {
            for (int minute = 0; minute < 30; minute += 3) {
                replay.attribute(matcher, post("q" + minute, "lille", null, "Tidy shelves", T0.plusSeconds(60L * minute)));
            }
            List<Attribution> last = List.of();
            for (int i = 0; i < 12; i++) {
                String text = i % 2 == 0 ? "FLASH30 sold out, endless queue" : "Endless queue for nothing";
                last = replay.attribute(matcher, post("w" + i, "lille", null, text, T0.plusSeconds(1800 + 5L * i)));
            }

            assertThat(last).extracting(Attribution::rule).containsExactly(AttributionRule.CONTEXT);
        }
    }
}
