package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.core.query.IndexedFeedback;
import io.pullwatch.search.testing.TestFeedback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming reader gives what decoding the whole record gives, and refuses what the index cannot take. */
class IndexedFeedbackReaderTest {

    private final IndexedFeedbackReader reader = new IndexedFeedbackReader();

    private static Feedback mention(String id, String text, List<String> hashtags, Sentiment sentiment) {
        Mention m = new Mention(SchemaVersion.CURRENT, id, "x", "someone", 1_200L, text, "fr",
                Instant.parse("2025-03-02T10:15:30.123Z"), "parent-1", Relation.REPLY, new Engagement(3, 1, 0, 0),
                "Lyon-01", List.of("https://example.com"), hashtags);
        return Feedback.of(m).withUnderstanding("fr", sentiment, List.of())
                .withQueryMatches(List.of(new QueryMatch("q1", List.of("queue"))));
    }

    private static IndexedFeedback decodedInFull(byte[] json) throws IOException {
        return IndexedFeedback.of(JsonMappers.create().readerFor(Feedback.class).<Feedback>readValue(json));
    }

    @Test
    void readsWhatDecodingTheWholeRecordGivesForReviewsAndMentions() throws IOException {
        List<Feedback> records = new ArrayList<>(TestFeedback.corpus());
        records.add(TestFeedback.attributed(TestFeedback.corpus().get(1), "init-app"));
        records.add(mention("m1", "Le nouveau drive de #Lyon est top", List.of("#Lyon", "drive"),
                new Sentiment(0.7, SentimentLabel.POSITIVE, 0.8)));
        records.add(mention("m2", null, List.of(), Sentiment.UNKNOWN)); // a plain reshare, no opinion formed
        records.add(mention("m3", "bof", List.of(), null));
        for (Feedback f : records) {
            byte[] json = TestFeedback.json(f);
            assertThat(reader.read(json)).as(f.feedbackId()).isEqualTo(decodedInFull(json));
        }
    }

    @Test
    void fieldsMayComeInAnyOrderAndUnknownOnesAreSkipped() throws IOException {
        String json = """
                {"extra": {"nested": [1, {"a": "b"}]}, "review": {"text": "Queue again", "rating": 2,
                 "createdAt": "2025-03-01T09:00:00Z", "platform": "Google", "authorId": "A-1", "title": "Meh",
                 "id": "r9", "storeId": "Lille-Centre", "schemaVersion": 1, "unknown": null},
                 "storeId": "Lille-Centre", "sentiment": {"score": -0.5, "label": "negative", "confidence": 0.7},
                 "aspects": [{"aspect": "checkout", "score": -0.5, "evidence": ["queue"]}],
                 "kind": "review", "feedbackId": "review:r9", "schemaVersion": 1, "language": "en"}
                """;
        IndexedFeedback read = reader.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(decodedInFull(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.feedbackId()).isEqualTo("review:r9");
        assertThat(read.text()).isEqualTo("Queue again");
        assertThat(read.title()).isEqualTo("Meh");
        assertThat(read.rating()).isEqualTo(2.0);
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThat(read.keywordValues()).isEqualTo(Map.of(FeedbackFields.LANG, List.of("en"),
                FeedbackFields.STORE, List.of("lille-centre"), FeedbackFields.PLATFORM, List.of("google"),
                FeedbackFields.AUTHOR, List.of("a-1"), FeedbackFields.ASPECT, List.of("checkout"),
                FeedbackFields.SENTIMENT, List.of("negative")));
    }

    @Test
    void readsARecordWithinALargerBuffer() throws IOException {
        byte[] json = TestFeedback.json(TestFeedback.corpus().get(0));
        byte[] padded = new byte[json.length + 10];
        System.arraycopy(json, 0, padded, 5, json.length);

        assertThat(reader.read(padded, 5, json.length)).isEqualTo(decodedInFull(json));
    }

    @Test
    void refusesRecordsTheIndexCannotTake() {
        String review = "\"review\": {\"text\": \"t\", \"createdAt\": \"2025-03-01T09:00:00Z\"}";
        for (String bad : List.of(
                "{not json",
                "[]",
                "{\"kind\": \"review\", " + review + "}",
                "{\"feedbackId\": \"review:1\", " + review + "}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"tweet\", " + review + "}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\"}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", \"review\": null}",
                "{\"feedbackId\": 7, \"kind\": \"review\", " + review + "}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", \"review\": {\"createdAt\": 1740819600}}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", \"review\": {\"createdAt\": \"yesterday\"}}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", \"review\": {\"rating\": \"5\"}}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", " + review
                        + ", \"sentiment\": {\"label\": \"POSITIVE\", \"confidence\": 1}}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", " + review + ", \"aspects\": {}}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", " + review + "} {}",
                "{\"feedbackId\": \"review:1\", \"kind\": \"review\", " + review + ", \"x\": [1, }")) {
            assertThatThrownBy(() -> reader.read(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void readsTheUsualInstantsWithoutAFormatterAndLeavesTheOthersToInstantParse() {
        for (String t : List.of("2025-03-01T09:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.5Z",
                "2025-03-01T09:00:00.123Z", "2025-12-31T23:59:59.123456789Z", "1969-07-20T20:17:40.000001Z")) {
            assertThat(IndexedFeedbackReader.utcInstant(t)).as(t).isEqualTo(Instant.parse(t));
        }
        for (String t : List.of("2025-03-01T09:00:00+01:00", "2025-03-01T09:00Z", "2025-03-01T09:00:00.Z",
                "2025-03-01T24:00:00Z", "2025-03-01T09:00:60Z", "2025-3-01T09:00:00Z", "x025-03-01T09:00:00Z",
                "2025-03-01T09:00:00.1234567890Z")) {
            assertThat(IndexedFeedbackReader.utcInstant(t)).as(t).isNull();
        }
    }

    @Test
    void aRecordWrittenAtAnOffsetOrAnImpossibleDateIsReadOrRefusedAsInstantParseWould() throws IOException {
        String offset = "{\"feedbackId\": \"review:1\", \"kind\": \"review\", \"review\": {\"text\": \"t\", "
                + "\"createdAt\": \"2025-03-01T10:00:00+01:00\"}}";
        String impossible = offset.replace("2025-03-01T10:00:00+01:00", "2025-02-30T10:00:00Z");

        assertThat(reader.read(offset.getBytes(StandardCharsets.UTF_8)).createdAt())
                .isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
        assertThatThrownBy(() -> reader.read(impossible.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("ISO-8601");
    }
}
