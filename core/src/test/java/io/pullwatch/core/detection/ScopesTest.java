package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopesTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void reviewCountsForItsStore() {
        Review review = new Review(1, "r1", "google", "lyon-01", 4.0, null, "Bien", "fr", "g-1", AT, List.of());

        assertThat(Scopes.storeScope(Feedback.of(review))).isEqualTo("store:lyon-01");
    }

    @Test
    void mentionWithoutAStoreHintCountsForTheBrand() {
        assertThat(Scopes.storeScope(Feedback.of(mention(null)))).isEqualTo("brand").isEqualTo(Scopes.BRAND);
    }

    @Test
    void mentionWithAStoreHintCountsForThatStore() {
        assertThat(Scopes.storeScope(Feedback.of(mention("paris-02")))).isEqualTo("store:paris-02");
    }

    private static Mention mention(String storeHint) {
        return new Mention(1, "m1", "x", "u1", 10L, "Nice", "en", AT, null, null, Engagement.NONE, storeHint, List.of(),
                List.of());
    }
}
