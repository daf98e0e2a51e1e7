package io.pullwatch.core.query;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedFeedbackTest {

    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void aReviewGivesItsTitleRatingAndKeywordValues() {
        Feedback review = Feedback.of(new Review(1, "r-1", "Google", "Lille-Centre", 2.0, "Slow", "Endless queue", "en",
                "A-1", AT, List.of())).withUnderstanding("en", new Sentiment(-0.6, SentimentLabel.NEGATIVE, 0.9),
                        List.of(new AspectMention("checkout", -0.6, List.of("queue"))))
                .withAttributions(List.of(new Attribution("Init-App", 0.8, AttributionRule.CODE, "APP10")));

        IndexedFeedback indexed = IndexedFeedback.of(review);

        assertThat(indexed).isEqualTo(new IndexedFeedback("review:r-1", "Endless queue", "Slow", AT, Map.of(
                FeedbackFields.LANG, List.of("en"), FeedbackFields.STORE, List.of("lille-centre"),
                FeedbackFields.PLATFORM, List.of("google"), FeedbackFields.AUTHOR, List.of("a-1"),
                FeedbackFields.INITIATIVE, List.of("init-app"), FeedbackFields.ASPECT, List.of("checkout"),
                FeedbackFields.SENTIMENT, List.of("negative")), 2.0));
    }

    @Test
    void aMentionHasNoTitleNorRatingButItsHashtagsWithoutTheirSign() {
        Feedback mention = Feedback.of(new Mention(1, "m-1", "x", "u-1", 10L, "Nice #Drive", null, AT, null, null,
                Engagement.NONE, null, List.of(), List.of("#Drive", "lyon"))).withUnderstanding(null, Sentiment.UNKNOWN,
                List.of());

        IndexedFeedback indexed = IndexedFeedback.of(mention);

        assertThat(indexed.title()).isNull();
        assertThat(indexed.rating()).isNull();
        assertThat(indexed.keywordValues()).as("an unknown sentiment is not indexed").isEqualTo(Map.of(
                FeedbackFields.PLATFORM, List.of("x"), FeedbackFields.AUTHOR, List.of("u-1"),
                FeedbackFields.HASHTAG, List.of("drive", "lyon")));
    }
}
