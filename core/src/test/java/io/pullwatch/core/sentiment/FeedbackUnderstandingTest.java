package io.pullwatch.core.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackUnderstandingTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:42:17Z");

    @Test
    void reviewGetsItsDeclaredLanguageAndStarSentiment() {
        Feedback understood = FeedbackUnderstanding.understand(Feedback.of(review(1.0, "fr")));

        assertThat(understood.language()).isEqualTo("fr");
        assertThat(understood.sentiment()).isEqualTo(new Sentiment(-1.0, SentimentLabel.NEGATIVE, 0.8));
        assertThat(understood.aspects()).isEmpty();
    }

    @Test
    void reviewWithoutLanguageIsMarkedUnknown() {
        Feedback understood = FeedbackUnderstanding.understand(Feedback.of(review(4.0, null)));

        assertThat(understood.language()).isEqualTo(FeedbackUnderstanding.UNKNOWN_LANGUAGE).isEqualTo("unknown");
        assertThat(understood.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void mentionGetsAnExplicitlyUnknownSentiment() {
        Feedback understood = FeedbackUnderstanding.understand(Feedback.of(mention("en")));

        assertThat(understood.sentiment()).isEqualTo(Sentiment.UNKNOWN);
        assertThat(understood.sentiment().isKnown()).isFalse();
        assertThat(understood.language()).isEqualTo("en");
    }

    @Test
    void everythingElseIsKept() {
        Attribution attribution = new Attribution("init-1", 0.98, AttributionRule.CODE, "BONJOUR10");
        Feedback before = Feedback.of(review(5.0, "fr")).withAttributions(List.of(attribution));

        Feedback understood = FeedbackUnderstanding.understand(before);

        assertThat(understood.feedbackId()).isEqualTo("review:rev-1");
        assertThat(understood.review()).isEqualTo(before.review());
        assertThat(understood.storeId()).isEqualTo("lyon-01");
        assertThat(understood.attributions()).containsExactly(attribution);
        assertThat(before.sentiment()).as("input left untouched").isNull();
    }

    @Test
    void earlierAspectsAreReplaced() {
        Feedback withAspects = Feedback.of(review(3.0, "fr"))
                .withUnderstanding("fr", Sentiment.UNKNOWN, List.of(new AspectMention("price", -0.4, List.of("cher"))));

        assertThat(FeedbackUnderstanding.understand(withAspects).aspects()).isEmpty();
    }

    private static Review review(double rating, String language) {
        return new Review(1, "rev-1", "google", "lyon-01", rating, null, "Avis", language, "g-1", AT, List.of());
    }

    private static Mention mention(String language) {
        return new Mention(1, "m-1", "x", "u-1", 300L, "Nice store", language, AT, null, null, Engagement.NONE, null,
                List.of(), List.of());
    }
}
