package io.pullwatch.search.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.search.index.FeedbackIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Enriched feedback records for tests, and their JSON as the pipeline writes it. */
public final class TestFeedback {

    private static final ObjectMapper JSON = JsonMappers.create();
    public static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private TestFeedback() {}

    /** A Google review of {@code store} by {@code author}, written {@code minutes} after {@link #T0}. */
    public static Feedback review(String id, String store, String author, int minutes, double rating,
            SentimentLabel label, String title, String text, String... aspects) {
        Review review = new Review(SchemaVersion.CURRENT, id, "google", store, rating, title, text, "en", author,
                T0.plusSeconds(60L * minutes), List.of());
        Feedback plain = Feedback.of(review);
        List<AspectMention> mentions = java.util.Arrays.stream(aspects)
                .map(a -> new AspectMention(a, label == SentimentLabel.NEGATIVE ? -0.6 : 0.6, List.of())).toList();
        return plain.withUnderstanding("en", new Sentiment(label == SentimentLabel.NEGATIVE ? -0.6 : 0.6, label, 0.9),
                mentions);
    }

    public static Feedback attributed(Feedback feedback, String initiativeId) {
        return feedback.withAttributions(List.of(new Attribution(initiativeId, 0.8, AttributionRule.CODE,
                "evidence")));
    }

    public static byte[] json(Feedback feedback) {
        try {
            return JSON.writeValueAsBytes(feedback);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small corpus: two stores, three sentiments, aspects and an initiative, over two hours. */
    public static List<Feedback> corpus() {
        return List.of(
                review("r1", "lille-centre", "author-1", 0, 1, SentimentLabel.NEGATIVE, "Queue at checkout",
                        "Endless queue at the checkout, only one till open.", "checkout"),
                review("r2", "lille-centre", "author-2", 10, 5, SentimentLabel.POSITIVE, null,
                        "Lovely staff, the bakery croissant was great.", "staff"),
                attributed(review("r3", "lille-centre", "author-3", 70, 4, SentimentLabel.POSITIVE, "Loyalty app",
                        "The new loyalty app works well, quick checkout.", "checkout"), "init-app"),
                review("r4", "lyon-01", "author-1", 20, 2, SentimentLabel.NEGATIVE, null,
                        "Late delivery again and a rude driver.", "delivery"),
                review("r5", "lyon-01", "author-4", 80, 3, SentimentLabel.NEUTRAL, null,
                        "Average visit, the queue was short.", "checkout"),
                review("r6", "lyon-01", "author-5", 95, 5, SentimentLabel.POSITIVE, "Great café",
                        "Great café and <friendly> staff & fast service.", "staff"));
    }

    /** Indexes feedback and makes it searchable. */
    public static void indexAll(FeedbackIndex index, List<Feedback> feedback) {
        try {
            for (Feedback f : feedback) {
                index.index(f, json(f));
            }
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
