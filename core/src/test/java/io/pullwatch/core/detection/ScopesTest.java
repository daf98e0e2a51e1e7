package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopesTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void reviewCountsForTheBrandAndItsStore() {
        Review review = new Review(1, "r1", "google", "lyon-01", 4.0, null, "Bien", "fr", "g-1", AT, List.of());

        assertThat(Scopes.of(Feedback.of(review))).containsExactly("brand", "store:lyon-01");
    }

    @Test
    void mentionWithoutAStoreHintCountsForTheBrandOnly() {
        assertThat(Scopes.of(Feedback.of(mention(null)))).containsExactly(Scopes.BRAND);
    }

    @Test
    void aspectsInitiativesAndQueriesAddTheirScopesEachOnce() {
        Feedback feedback = Feedback.of(mention("paris-02"))
                .withUnderstanding("en", new Sentiment(-0.6, SentimentLabel.NEGATIVE, 0.8), List.of(
                        new AspectMention("stock", -0.7, List.of("sold out")),
                        new AspectMention("stock", -0.5, List.of("empty shelves")),
                        new AspectMention("waiting", -0.4, List.of("queue"))))
                .withAttributions(List.of(new Attribution("flash30", 0.9, AttributionRule.CODE, "FLASH30")))
                .withQueryMatches(List.of(new QueryMatch("q-stock", List.of("sold"))));

        assertThat(Scopes.of(feedback)).containsExactly("brand", "store:paris-02", "store:paris-02|aspect:stock",
                "store:paris-02|aspect:waiting", "initiative:flash30", "query:q-stock");
    }

    private static Mention mention(String storeHint) {
        return new Mention(1, "m1", "x", "u1", 10L, "Nice", "en", AT, null, null, Engagement.NONE, storeHint, List.of(),
                List.of());
    }
}
