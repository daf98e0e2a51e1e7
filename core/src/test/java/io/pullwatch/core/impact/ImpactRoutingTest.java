package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.SchemaVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactRoutingTest {

    static final Instant T = Instant.parse("2025-03-03T12:00:00Z");

    static Initiative initiative(String id, String store, InitiativeStatus status, Instant endsAt) {
        return new Initiative(SchemaVersion.CURRENT, id, store, "s", "Camille", InitiativeKind.EVENT, "Event", null,
                T.minus(Duration.ofHours(1)), endsAt, null, null, null, null, null, status);
    }

    static Feedback post(String storeHint, String... tiedTo) {
        return Feedback.of(new Mention(SchemaVersion.CURRENT, "m", "x", "u", 10L, "text", "en", T, null, null, null,
                storeHint, null, null)).withAttributions(java.util.Arrays.stream(tiedTo)
                .map(id -> new Attribution(id, 0.9, AttributionRule.CODE, id)).toList());
    }

    private final ImpactRouting routing = new ImpactRouting(List.of(
            initiative("lille-sale", "lille", InitiativeStatus.ACTIVE, T.plus(Duration.ofHours(1))),
            initiative("lille-old", "lille", InitiativeStatus.ACTIVE, T.minus(Duration.ofHours(3))),
            initiative("lille-retired", "lille", InitiativeStatus.RETIRED, null),
            initiative("paris-bakery", "paris", InitiativeStatus.ACTIVE, null)), Duration.ofHours(1));

    @Test
    void feedbackGoesToItsStoreWithTheInitiativesRunningThere() {
        assertThat(routing.route(post("lille"))).singleElement().satisfies(sf -> {
            assertThat(sf.storeId()).isEqualTo("lille");
            // ended three hours ago, beyond its one-hour tail; retired: neither runs
            assertThat(sf.running()).extracting(Initiative::id).containsExactly("lille-sale");
            assertThat(sf.comparable()).isFalse();
        });
    }

    @Test
    void feedbackTiedToAnotherStoresInitiativeGoesThereToo() {
        assertThat(routing.route(post("lille", "paris-bakery"))).extracting(StoreFeedback::storeId)
                .containsExactly("lille", "paris");
        assertThat(routing.route(post(null, "paris-bakery"))).extracting(StoreFeedback::storeId)
                .containsExactly("paris");
    }

    @Test
    void aStoreRunningNothingIsComparableAndFeedbackOfNoStoreGoesNowhere() {
        assertThat(routing.route(post("nice"))).singleElement().satisfies(sf -> assertThat(sf.comparable()).isTrue());
        assertThat(routing.route(post(null))).isEmpty();
        assertThat(routing.route(post(null, "unknown-initiative"))).isEmpty();
    }
}
