package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopedEventTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void oneEventPerScopeSharingOneAnalysis() {
        Mention mention = new Mention(1, "m1", "x", "u1", 12_000L, "Rupture de stock sur les manteaux, encore !", "fr",
                AT, null, null, new Engagement(3, 40, 0, 0), "lille", List.of(), List.of());
        Feedback feedback = Feedback.of(mention)
                .withUnderstanding("fr", new Sentiment(-0.6, SentimentLabel.NEGATIVE, 0.9), List.of())
                .withAttributions(List.of(new Attribution("flash30", 0.9, AttributionRule.CONTEXT, "stock")));

        List<ScopedEvent> events = ScopedEvent.of(feedback);

        assertThat(events).extracting(ScopedEvent::scope).containsExactly("brand", "store:lille", "initiative:flash30");
        ScopedEvent store = events.get(1);
        assertThat(store.polarity()).isEqualTo(Signal.NEGATIVE);
        assertThat(store.terms()).containsExactly("rupture", "stock", "manteaux");
        assertThat(store.initiativeIds()).containsExactly("flash30");
        assertThat(store.reach()).isEqualTo(12_000L);
        assertThat(store.weight()).isEqualTo(Reach.weight(12_000, 40));
        assertThat(store.createdAtMillis()).isEqualTo(AT.toEpochMilli());
    }

    @Test
    void longTextsAreCutForTheEvidence() {
        assertThat(ScopedEvent.snippet("a ".repeat(200))).hasSize(ScopedEvent.SNIPPET_CHARS).endsWith("…");
        assertThat(ScopedEvent.snippet(" short\n text ")).isEqualTo("short text");
        assertThat(ScopedEvent.snippet(null)).isNull();
    }

    @Test
    void reachWeighsByDecadesOfAudienceAndIsCapped() {
        assertThat(Reach.weight(0, 0)).isEqualTo(1.0);
        assertThat(Reach.weight(9_999, 0)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Reach.weight(100_000_000, 1_000_000)).isEqualTo(Reach.MAX_WEIGHT);
    }
}
