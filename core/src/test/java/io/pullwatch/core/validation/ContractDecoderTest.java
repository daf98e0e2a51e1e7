package io.pullwatch.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each test starts from a valid record, breaks one thing the way a real producer would, and checks the reason and
 * that the message names the field to fix.
 */
class ContractDecoderTest {

    private static final ObjectMapper MAPPER = JsonMappers.create();
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static final String REVIEW = """
            {"schemaVersion": 1, "id": "rev-1001", "platform": "google", "storeId": "lyon-01", "rating": 4.0,
             "title": "Très bon accueil", "text": "Personnel aimable, rayon frais bien rempli.", "language": "fr",
             "authorId": "g-4471", "createdAt": "2025-03-01T09:30:00Z", "staffMentions": ["Jean-François"]}
            """;

    private static final String MENTION = """
            {"schemaVersion": 1, "id": "1896234817263540224", "platform": "x", "authorId": "x-48213377",
             "authorFollowers": 18240, "text": "Loving the #ShopLocal croissant deal", "language": "en",
             "createdAt": "2025-03-01T10:05:00Z", "engagement": {"likes": 12, "reshares": 3, "replies": 1, "quotes": 0},
             "storeHint": "lyon-01", "urls": ["https://shop.example/lyon/promo/DUPONT5"], "hashtags": ["ShopLocal"]}
            """;

    private static final String INITIATIVE = """
            {"schemaVersion": 1, "id": "init-lyon-01-dupont", "storeId": "lyon-01", "ownerStaffId": "staff-4821",
             "ownerDisplayName": "Jean-François Martin", "kind": "local-partnership",
             "title": "Viennoiserie offerte avec la Boulangerie Dupont", "description": "Un croissant offert.",
             "startsAt": "2025-02-24T07:00:00Z", "endsAt": "2025-03-09T19:00:00Z", "channels": ["in-store"],
             "codes": ["DUPONT5"], "hashtags": ["#ShopLocalLyon"], "aliases": ["croissant deal"],
             "partner": "Boulangerie Dupont", "status": "active"}
            """;

    private final ContractDecoder decoder =
            new ContractDecoder(MAPPER, ValidationLimits.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));

    // ---------------------------------------------------------------- accepted records

    @Test
    void validReviewIsAcceptedWithEveryField() {
        Decoded<Review> decoded = decoder.decode(bytes(REVIEW), ContractDecoder.REVIEW);

        assertThat(decoded.isAccepted()).isTrue();
        assertThat(decoded.rejection()).isNull();
        assertThat(decoded.value()).isEqualTo(new Review(1, "rev-1001", "google", "lyon-01", 4.0, "Très bon accueil",
                "Personnel aimable, rayon frais bien rempli.", "fr", "g-4471", Instant.parse("2025-03-01T09:30:00Z"),
                List.of("Jean-François")));
    }

    @Test
    void validMentionIsAcceptedWithEveryField() {
        Mention mention = accepted(decoder.decode(bytes(MENTION), ContractDecoder.MENTION));

        assertThat(mention.authorFollowers()).isEqualTo(18240L);
        assertThat(mention.engagement()).isEqualTo(new Engagement(12, 3, 1, 0));
        assertThat(mention.hashtags()).containsExactly("ShopLocal");
        assertThat(mention.urls()).containsExactly("https://shop.example/lyon/promo/DUPONT5");
        assertThat(mention.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:05:00Z"));
        assertThat(mention.relation()).isNull();
    }

    @Test
    void validInitiativeIsAcceptedWithEveryField() {
        Initiative initiative = accepted(decoder.decode(bytes(INITIATIVE), ContractDecoder.INITIATIVE));

        assertThat(initiative.kind()).isEqualTo(InitiativeKind.LOCAL_PARTNERSHIP);
        assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(initiative.codes()).containsExactly("DUPONT5");
        assertThat(initiative.endsAt()).isEqualTo(Instant.parse("2025-03-09T19:00:00Z"));
        assertThat(initiative.partner()).isEqualTo("Boulangerie Dupont");
    }

    @Test
    void optionalFieldsMayBeLeftOutAndDefaultToEmpty() {
        Mention mention = accepted(decodeMention(m -> m.remove(List.of("authorFollowers", "language", "engagement",
                "storeHint", "urls", "hashtags"))));

        assertThat(mention.authorFollowers()).isZero();
        assertThat(mention.engagement()).isEqualTo(Engagement.NONE);
        assertThat(mention.urls()).isEmpty();
        assertThat(mention.hashtags()).isEmpty();
    }

    @Test
    void unknownFieldsFromNewerProducersAreIgnored() {
        Review review = accepted(decodeReview(r -> r.put("verifiedPurchase", true).putObject("photos").put("count", 2)));

        assertThat(review.id()).isEqualTo("rev-1001");
    }

    @Test
    void timestampWithAnOffsetIsReadAsTheSameInstant() {
        Review review = accepted(decodeReview(r -> r.put("createdAt", "2025-03-01T10:30:00+01:00")));

        assertThat(review.createdAt()).isEqualTo(Instant.parse("2025-03-01T09:30:00Z"));
    }

    // ---------------------------------------------------------------- malformed JSON

    @Test
    void truncatedJsonIsMalformed() {
        String truncated = REVIEW.substring(0, REVIEW.indexOf("\"authorId\""));

        assertRejected(decoder.decode(bytes(truncated), ContractDecoder.REVIEW), DeadLetterReason.MALFORMED_JSON,
                "not valid JSON");
    }

    @Test
    void trailingGarbageAfterTheRecordIsMalformed() {
        assertRejected(decoder.decode(bytes(REVIEW.strip() + " }"), ContractDecoder.REVIEW),
                DeadLetterReason.MALFORMED_JSON, "not valid JSON");
    }

    @Test
    void singleQuotedJsonIsMalformed() {
        assertRejected(decoder.decode(bytes("{'schemaVersion': 1, 'id': 'rev-1'}"), ContractDecoder.REVIEW),
                DeadLetterReason.MALFORMED_JSON, "not valid JSON");
    }

    @Test
    void emptyAndNullRecordsAreMalformed() {
        assertRejected(decoder.decode(new byte[0], ContractDecoder.REVIEW), DeadLetterReason.MALFORMED_JSON, "empty");
        assertRejected(decoder.decode(null, ContractDecoder.MENTION), DeadLetterReason.MALFORMED_JSON, "empty");
        assertRejected(decoder.decode(bytes("null"), ContractDecoder.INITIATIVE), DeadLetterReason.MALFORMED_JSON,
                "JSON null");
    }

    @Test
    void jsonArrayInsteadOfObjectHasTheWrongType() {
        assertRejected(decoder.decode(bytes("[" + REVIEW + "]"), ContractDecoder.REVIEW), DeadLetterReason.WRONG_TYPE,
                "Review");
    }

    // ---------------------------------------------------------------- missing fields

    @ParameterizedTest
    @ValueSource(strings = {"schemaVersion", "id", "platform", "storeId", "rating", "text", "authorId", "createdAt"})
    void reviewWithoutARequiredFieldIsRejected(String field) {
        assertRejected(decodeReview(r -> r.remove(field)), DeadLetterReason.MISSING_FIELD, "'" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"schemaVersion", "id", "platform", "authorId", "createdAt", "text"})
    void mentionWithoutARequiredFieldIsRejected(String field) {
        assertRejected(decodeMention(m -> m.remove(field)), DeadLetterReason.MISSING_FIELD, "'" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"schemaVersion", "id", "storeId", "ownerStaffId", "ownerDisplayName", "kind", "title",
            "startsAt", "status"})
    void initiativeWithoutARequiredFieldIsRejected(String field) {
        assertRejected(decodeInitiative(i -> i.remove(field)), DeadLetterReason.MISSING_FIELD, "'" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "platform", "storeId", "text", "authorId"})
    void reviewWithANullOrBlankRequiredStringIsRejected(String field) {
        assertRejected(decodeReview(r -> r.putNull(field)), DeadLetterReason.MISSING_FIELD, "'" + field + "'");
        assertRejected(decodeReview(r -> r.put(field, "  \t")), DeadLetterReason.MISSING_FIELD, "'" + field + "'");
    }

    @Test
    void nullSchemaVersionIsReportedAsMissing() {
        assertRejected(decodeReview(r -> r.putNull("schemaVersion")), DeadLetterReason.MISSING_FIELD,
                "'schemaVersion'");
    }

    @Test
    void nullEnumInAnInitiativeIsReportedAsMissing() {
        assertRejected(decodeInitiative(i -> i.putNull("status")), DeadLetterReason.MISSING_FIELD, "'status'");
    }

    // ---------------------------------------------------------------- wrong types

    @Test
    void ratingAsAStringHasTheWrongType() {
        assertRejected(decodeReview(r -> r.put("rating", "5")), DeadLetterReason.WRONG_TYPE, "'rating'");
    }

    @Test
    void ratingAsABooleanHasTheWrongType() {
        assertRejected(decodeReview(r -> r.put("rating", true)), DeadLetterReason.WRONG_TYPE, "'rating'");
    }

    @Test
    void textAsAnObjectHasTheWrongType() {
        assertRejected(decodeReview(r -> r.putObject("text").put("fr", "Très bien")), DeadLetterReason.WRONG_TYPE,
                "'text'");
    }

    @Test
    void singleStaffMentionInsteadOfAListHasTheWrongType() {
        assertRejected(decodeReview(r -> r.put("staffMentions", "Jean-François")), DeadLetterReason.WRONG_TYPE,
                "'staffMentions'");
    }

    @Test
    void followerCountAsAStringHasTheWrongType() {
        assertRejected(decodeMention(m -> m.put("authorFollowers", "18k")), DeadLetterReason.WRONG_TYPE,
                "'authorFollowers'");
    }

    @Test
    void nestedWrongTypeNamesTheFullPath() {
        assertRejected(decodeMention(m -> m.withObjectProperty("engagement").put("likes", "12")), DeadLetterReason.WRONG_TYPE,
                "'engagement.likes'");
    }

    @Test
    void schemaVersionAsAStringHasTheWrongType() {
        assertRejected(decodeReview(r -> r.put("schemaVersion", "1")), DeadLetterReason.WRONG_TYPE, "'schemaVersion'");
    }

    // ---------------------------------------------------------------- invalid values

    @Test
    void unknownRelationIsAnInvalidValue() {
        assertRejected(decodeMention(m -> m.put("parentId", "1896230011922903040").put("relation", "retweet")),
                DeadLetterReason.INVALID_VALUE, "'relation'", "retweet");
    }

    @Test
    void enumConstantNameInsteadOfItsKebabValueIsAnInvalidValue() {
        assertRejected(decodeInitiative(i -> i.put("kind", "LOCAL_PARTNERSHIP")), DeadLetterReason.INVALID_VALUE,
                "'kind'", "LOCAL_PARTNERSHIP");
    }

    @Test
    void unknownInitiativeStatusIsAnInvalidValue() {
        assertRejected(decodeInitiative(i -> i.put("status", "paused")), DeadLetterReason.INVALID_VALUE, "'status'",
                "paused");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 5.5, 10.0, -1.0})
    void ratingOutsideOneToFiveIsAnInvalidValue(double rating) {
        assertRejected(decodeReview(r -> r.put("rating", rating)), DeadLetterReason.INVALID_VALUE, "'rating'",
                "between 1 and 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "fr_FR", "french", "f"})
    void languageThatIsNotALowerCaseTagIsAnInvalidValue(String language) {
        assertRejected(decodeReview(r -> r.put("language", language)), DeadLetterReason.INVALID_VALUE, "'language'",
                language);
    }

    @Test
    void negativeFollowerCountIsAnInvalidValue() {
        assertRejected(decodeMention(m -> m.put("authorFollowers", -3)), DeadLetterReason.INVALID_VALUE,
                "'authorFollowers'");
    }

    @Test
    void blankHashtagIsAnInvalidValue() {
        assertRejected(decodeMention(m -> m.putArray("hashtags").add("ShopLocal").add(" ")),
                DeadLetterReason.INVALID_VALUE, "'hashtags'");
    }

    @Test
    void initiativeEndingBeforeItStartsIsAnInvalidValue() {
        assertRejected(decodeInitiative(i -> i.put("endsAt", "2025-02-20T00:00:00Z")), DeadLetterReason.INVALID_VALUE,
                "'endsAt'", "'startsAt'");
    }

    // ---------------------------------------------------------------- timestamps

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2025-03-01 09:30", "01/03/2025 09:30", "2025-03-01", "2025-02-30T09:30:00Z"})
    void unparseableTimestampIsBad(String createdAt) {
        assertRejected(decodeReview(r -> r.put("createdAt", createdAt)), DeadLetterReason.BAD_TIMESTAMP,
                "'createdAt'", "ISO-8601");
    }

    @Test
    void booleanTimestampIsBad() {
        assertRejected(decodeMention(m -> m.put("createdAt", true)), DeadLetterReason.BAD_TIMESTAMP, "'createdAt'");
    }

    @Test
    void timestampBeforeTheYear2000IsBad() {
        assertRejected(decodeReview(r -> r.put("createdAt", "1999-12-31T23:59:59Z")), DeadLetterReason.BAD_TIMESTAMP,
                "'createdAt'", "before 2000-01-01T00:00:00Z");
        assertRejected(decodeMention(m -> m.put("createdAt", "1970-01-01T00:00:00Z")), DeadLetterReason.BAD_TIMESTAMP,
                "'createdAt'");
    }

    @Test
    void firstInstantOf2000IsAccepted() {
        assertThat(decodeReview(r -> r.put("createdAt", "2000-01-01T00:00:00Z")).isAccepted()).isTrue();
    }

    @Test
    void timestampMoreThanADayAheadOfTheClockIsBad() {
        assertRejected(decodeReview(r -> r.put("createdAt", NOW.plus(Duration.ofHours(24)).plusSeconds(1).toString())),
                DeadLetterReason.BAD_TIMESTAMP, "'createdAt'", "in the future");
        assertRejected(decodeInitiative(i -> i.put("startsAt", "2045-02-24T07:00:00Z").put("endsAt",
                "2045-03-09T19:00:00Z")), DeadLetterReason.BAD_TIMESTAMP, "'startsAt'", "in the future");
    }

    @Test
    void timestampExactlyADayAheadIsStillAccepted() {
        assertThat(decodeReview(r -> r.put("createdAt", NOW.plus(Duration.ofHours(24)).toString())).isAccepted())
                .isTrue();
    }

    // ---------------------------------------------------------------- sizes

    @Test
    void textLongerThanTheLimitIsOversized() {
        String text = "Très déçu. ".repeat(2_000) + "!"; // 22 001 characters, limit 20 000

        assertRejected(decodeReview(r -> r.put("text", text)), DeadLetterReason.OVERSIZED_TEXT, "'text'", "22001",
                "20000");
    }

    @Test
    void textExactlyAtTheLimitIsAccepted() {
        ContractDecoder small = decoderWith(new ValidationLimits(40, 4096, Duration.ofHours(24)));
        ObjectNode review = node(REVIEW);
        review.put("text", "x".repeat(40));

        assertThat(small.decode(bytes(review), ContractDecoder.REVIEW).isAccepted()).isTrue();

        review.put("text", "x".repeat(41));
        assertRejected(small.decode(bytes(review), ContractDecoder.REVIEW), DeadLetterReason.OVERSIZED_TEXT, "'text'");
    }

    @Test
    void oversizedTitleMentionTextAndDescriptionAreRejected() {
        ContractDecoder small = decoderWith(new ValidationLimits(60, 4096, Duration.ofHours(24)));
        String long61 = "y".repeat(61);

        ObjectNode review = node(REVIEW).put("title", long61);
        ObjectNode mention = node(MENTION).put("text", long61);
        ObjectNode initiative = node(INITIATIVE).put("description", long61);

        assertRejected(small.decode(bytes(review), ContractDecoder.REVIEW), DeadLetterReason.OVERSIZED_TEXT, "'title'");
        assertRejected(small.decode(bytes(mention), ContractDecoder.MENTION), DeadLetterReason.OVERSIZED_TEXT,
                "'text'");
        assertRejected(small.decode(bytes(initiative), ContractDecoder.INITIATIVE), DeadLetterReason.OVERSIZED_TEXT,
                "'description'");
    }

    @Test
    void recordLargerThanTheByteLimitIsOversizedBeforeBeingParsed() {
        ContractDecoder small = decoderWith(new ValidationLimits(20_000, 1024, Duration.ofHours(24)));
        byte[] big = bytes(node(REVIEW).put("unknownPadding", "z".repeat(1024)));

        assertRejected(small.decode(big, ContractDecoder.REVIEW), DeadLetterReason.OVERSIZED_TEXT,
                big.length + " bytes", "1024");
        // even garbage of that size is reported by its size, not as malformed
        assertRejected(small.decode(new byte[2048], ContractDecoder.REVIEW), DeadLetterReason.OVERSIZED_TEXT,
                "2048 bytes");
    }

    @Test
    void defaultRecordLimitIs256KiB() {
        byte[] big = bytes(node(MENTION).put("rawHtml", "<p>".repeat(90_000)));

        assertThat(big.length).isGreaterThan(256 * 1024);
        assertRejected(decoder.decode(big, ContractDecoder.MENTION), DeadLetterReason.OVERSIZED_TEXT, "262144");
    }

    // ---------------------------------------------------------------- schema version

    @Test
    void schemaVersion2OfTheCurrentShapeIsUnsupported() {
        assertRejected(decodeReview(r -> r.put("schemaVersion", 2)), DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION,
                "schemaVersion 2", "version 1");
    }

    @Test
    void schemaVersion2OfANewerShapeIsReportedAsUnsupportedRatherThanAsItsFieldErrors() {
        String v2 = """
                {"schemaVersion": 2, "id": "rev-2002", "source": {"platform": "google", "storeId": "lyon-01"},
                 "rating": {"value": 4.5, "scale": 5}, "body": {"text": "Super", "language": "fr"},
                 "createdAt": 1740821400000}
                """;

        assertRejected(decoder.decode(bytes(v2), ContractDecoder.REVIEW), DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION,
                "schemaVersion 2");
    }

    @Test
    void schemaVersion2IsUnsupportedForEveryContract() {
        assertRejected(decodeMention(m -> m.put("schemaVersion", 2).put("text", 42)),
                DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion 2");
        assertRejected(decodeInitiative(i -> i.put("schemaVersion", 2).put("kind", "pop-up-store")),
                DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion 2");
    }

    @Test
    void schemaVersion0IsUnsupported() {
        assertRejected(decodeMention(m -> m.put("schemaVersion", 0)), DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION,
                "schemaVersion 0");
    }

    // ---------------------------------------------------------------- reshares and replies

    @Test
    void plainReshareWithoutTextIsAccepted() {
        Mention reshare = accepted(decodeMention(m -> {
            m.remove("text");
            m.put("parentId", "1896230011922903040").put("relation", "reshare");
        }));

        assertThat(reshare.text()).isNull();
        assertThat(reshare.relation()).isEqualTo(Relation.RESHARE);
        assertThat(reshare.parentId()).isEqualTo("1896230011922903040");
    }

    @Test
    void replyWithoutTextIsRejected() {
        assertRejected(decodeMention(m -> {
            m.remove("text");
            m.put("parentId", "1896230011922903040").put("relation", "reply");
        }), DeadLetterReason.MISSING_FIELD, "'text'");
    }

    @Test
    void parentIdWithoutRelationIsRefused() {
        assertRejected(decodeMention(m -> m.put("parentId", "1896230011922903040")), DeadLetterReason.INVALID_VALUE,
                "'parentId'", "'relation'");
    }

    @Test
    void relationWithoutParentIdIsRefused() {
        assertRejected(decodeMention(m -> m.put("relation", "quote")), DeadLetterReason.INVALID_VALUE, "'parentId'",
                "'relation'");
    }

    // ---------------------------------------------------------------- nulls, odd types and epoch numbers

    /** Inputs that once crashed the decoder or were misclassified: each must be a clear, well-named rejection. */
    @Nested
    class NullsAndOddTypes {

        @Test
        void nullRatingIsMissingNotACrash() {
            assertThatCode(() -> decodeReview(r -> r.putNull("rating"))).doesNotThrowAnyException();
            assertRejected(decodeReview(r -> r.putNull("rating")), DeadLetterReason.MISSING_FIELD, "'rating'");
        }

        @Test
        void nullStartWithAnEndIsMissingNotACrash() {
            assertThatCode(() -> decodeInitiative(i -> i.putNull("startsAt"))).doesNotThrowAnyException();
            assertRejected(decodeInitiative(i -> i.putNull("startsAt")), DeadLetterReason.MISSING_FIELD, "'startsAt'");
        }

        @Test
        void textAsANumberHasTheWrongType() {
            assertRejected(decodeReview(r -> r.put("text", 42)), DeadLetterReason.WRONG_TYPE, "'text'");
            assertRejected(decodeMention(m -> m.put("text", true)), DeadLetterReason.WRONG_TYPE, "'text'");
            assertRejected(decodeMention(m -> m.put("parentId", "p1").put("relation", 1)), DeadLetterReason.WRONG_TYPE,
                    "'relation'");
        }

        @Test
        void nullHashtagEntryNamesTheField() {
            assertRejected(decodeMention(m -> m.putArray("hashtags").add("ShopLocal").addNull()),
                    DeadLetterReason.INVALID_VALUE, "'hashtags'");
        }

        @Test
        void missingEngagementCounterIsMissing() {
            assertRejected(decodeMention(m -> m.withObjectProperty("engagement").remove("reshares")),
                    DeadLetterReason.MISSING_FIELD, "'engagement.reshares'");
        }

        @Test
        void epochNumberTimestampIsBad() {
            assertRejected(decodeReview(r -> r.put("createdAt", 1740821400)), DeadLetterReason.BAD_TIMESTAMP,
                    "'createdAt'");
        }
    }

    // ---------------------------------------------------------------- helpers

    private Decoded<Review> decodeReview(Consumer<ObjectNode> edit) {
        return decoder.decode(edited(REVIEW, edit), ContractDecoder.REVIEW);
    }

    private Decoded<Mention> decodeMention(Consumer<ObjectNode> edit) {
        return decoder.decode(edited(MENTION, edit), ContractDecoder.MENTION);
    }

    private Decoded<Initiative> decodeInitiative(Consumer<ObjectNode> edit) {
        return decoder.decode(edited(INITIATIVE, edit), ContractDecoder.INITIATIVE);
    }

    private static ContractDecoder decoderWith(ValidationLimits limits) {
        return new ContractDecoder(MAPPER, limits, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static <T> T accepted(Decoded<T> decoded) {
        assertThat(decoded.rejection()).as("rejection").isNull();
        assertThat(decoded.isAccepted()).isTrue();
        return decoded.value();
    }

    private static void assertRejected(Decoded<?> decoded, DeadLetterReason reason, String... messageParts) {
        assertThat(decoded.isAccepted()).as("accepted: %s", decoded.value()).isFalse();
        assertThat(decoded.value()).isNull();
        assertThat(decoded.rejection().reason()).as("reason of: %s", decoded.rejection().message()).isEqualTo(reason);
        assertThat(decoded.rejection().message()).contains(messageParts);
    }

    private static byte[] edited(String json, Consumer<ObjectNode> edit) {
        ObjectNode node = node(json);
        edit.accept(node);
        return bytes(node);
    }

    private static ObjectNode node(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return (ObjectNode) node;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(ObjectNode node) {
        return bytes(node.toString());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
