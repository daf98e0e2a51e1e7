package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StandingQueriesTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    private final StandingQueries queries = new StandingQueries();

    @AfterEach
    void close() {
        queries.close();
    }

    @Test
    void matchesTextPhrasesFieldsAndReportsTheMatchedTerms() throws InvalidQueryException {
        queries.put("queues-lille", "store:lille-centre AND (queue* OR \"file d'attente\"~1)");
        queries.put("flash30-negative", "hashtag:flash30 AND sentiment:negative");
        queries.put("elsewhere", "store:paris-rivoli AND queue");

        Feedback feedback = mention("La file d'attente était interminable #FLASH30", "lille-centre", "flash30")
                .withUnderstanding("fr", new Sentiment(-0.7, SentimentLabel.NEGATIVE, 0.8), List.of());

        List<QueryMatch> matches = queries.match(feedback);

        assertThat(matches).extracting(QueryMatch::queryId).containsExactly("flash30-negative", "queues-lille");
        assertThat(matches.get(0).matchedTerms()).containsExactly("hashtag:flash30", "sentiment:negative");
        assertThat(matches.get(1).matchedTerms()).containsExactly("file d'attente", "store:lille-centre");
    }

    @Test
    void ratingRangesAspectsAndInitiativesAreQueryable() throws InvalidQueryException {
        queries.put("low-rated-staff", "rating:[1 TO 2] AND aspect:staff-and-service");
        queries.put("jf-chat", "initiative:init-jf-chat");
        Feedback low = review("Vendeur désagréable", 1.0)
                .withUnderstanding("fr", Sentiment.UNKNOWN, List.of(new AspectMention("staff-and-service", -0.8,
                        List.of("vendeur"))))
                .withAttributions(List.of(new Attribution("init-jf-chat", 0.9, AttributionRule.STAFF_NAME, "JF")));
        Feedback high = review("Vendeur adorable", 5.0)
                .withUnderstanding("fr", Sentiment.UNKNOWN, List.of(new AspectMention("staff-and-service", 0.8,
                        List.of("vendeur"))));

        List<List<QueryMatch>> matches = queries.match(List.of(low, high));

        assertThat(matches.get(0)).extracting(QueryMatch::queryId).containsExactly("jf-chat", "low-rated-staff");
        assertThat(matches.get(0).get(1).matchedTerms()).contains("aspect:staff-and-service", "rating:1.0");
        assertThat(matches.get(1)).isEmpty();
    }

    @Test
    void replacingAndRemovingTakeEffectImmediately() throws InvalidQueryException {
        Feedback feedback = mention("great queue management", "lyon-part-dieu");
        queries.put("q", "queue");
        assertThat(queries.match(feedback)).hasSize(1);

        queries.put("q", "checkout");
        assertThat(queries.match(feedback)).isEmpty();

        queries.put("q", "management");
        queries.remove("q");
        assertThat(queries.match(feedback)).isEmpty();
        assertThat(queries.size()).isZero();
    }

    @Test
    void anInvalidQueryIsRefusedAndTheQueryItWouldReplaceStays() throws InvalidQueryException {
        queries.put("q", "queue");
        queries.put("other", "manager");

        assertThatThrownBy(() -> queries.put("q", "queue AND")).isInstanceOf(InvalidQueryException.class);

        assertThat(queries.match(mention("long queue, kind manager", null))).extracting(QueryMatch::queryId)
                .containsExactly("other", "q");
        assertThat(queries.queries()).containsEntry("q", "queue");
    }

    @Test
    void thePresearcherRunsOnlyCandidateQueries() throws InvalidQueryException {
        java.util.Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i < 500; i++) {
            many.put("product-" + i, "store:lille-centre AND product" + i);
        }
        many.put("broken", "product AND");

        assertThat(queries.putAll(many)).containsOnlyKeys("broken");

        queries.match(List.of(mention("product7 is back in stock", "lille-centre"),
                mention("nothing relevant here", "lille-centre")));

        assertThat(queries.candidatesPerEvent()).isLessThan(2.0);
    }

    private static Feedback mention(String text, String store, String... hashtags) {
        return Feedback.of(new Mention(1, "m-" + text.hashCode(), "x", "u-1", 100L, text, null, AT, null, null,
                Engagement.NONE, store, List.of(), List.of(hashtags)));
    }

    private static Feedback review(String text, double rating) {
        return Feedback.of(new Review(1, "r-" + text.hashCode(), "google", "lyon-part-dieu", rating, null, text, "fr",
                "g-1", AT, List.of()));
    }
}
