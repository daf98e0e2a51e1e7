package io.pullwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contract survives bytes → JSON → record unchanged, and its JSON has the agreed shape. */
class ContractsRoundTripTest {

    private static final ObjectMapper MAPPER = JsonMappers.create();

    static final Review REVIEW = new Review(1, "rev-1001", "google", "lyon-01", 2.0, "Caisse trop lente",
            "Attente interminable en caisse, mais Jean-François a été adorable.", "fr", "g-4471",
            Instant.parse("2025-03-01T09:42:17Z"), List.of("Jean-François"));

    static final Mention MENTION = new Mention(1, "1896234817263540224", "x", "x-48213377", 18240L,
            "RT @lyonfoodie: free croissant with code DUPONT5 #ShopLocal", "en", Instant.parse("2025-03-01T10:05:00Z"),
            "1896230011922903040", Relation.RESHARE, new Engagement(40, 3, 2, 1), "lyon-01",
            List.of("https://shop.example/lyon/promo/DUPONT5"), List.of("ShopLocal", "Lyon"));

    static final Initiative INITIATIVE = new Initiative(1, "init-lyon-01-dupont", "lyon-01", "staff-4821",
            "Jean-François Martin", InitiativeKind.LOCAL_PARTNERSHIP, "Viennoiserie offerte avec la Boulangerie Dupont",
            "Un croissant offert pour 20 € d'achats.", Instant.parse("2025-02-24T07:00:00Z"),
            Instant.parse("2025-03-09T19:00:00Z"), List.of("in-store", "instagram"), List.of("DUPONT5"),
            List.of("#ShopLocalLyon"), List.of("croissant deal"), "Boulangerie Dupont", InitiativeStatus.ACTIVE);

    static final Feedback FEEDBACK = new Feedback(1, "review:rev-1001", FeedbackKind.REVIEW, REVIEW, null, "lyon-01",
            "fr", new Sentiment(-0.5, SentimentLabel.NEGATIVE, 0.8),
            List.of(new AspectMention("checkout", -0.7, List.of("Attente interminable en caisse")),
                    new AspectMention("staff", 0.6, List.of("Jean-François a été adorable"))),
            List.of(new Attribution("init-lyon-01-dupont", 0.6, AttributionRule.STAFF_NAME, "jean-françois"),
                    new Attribution("init-lyon-01-chat", 0.4, AttributionRule.CONTEXT, "store lyon-01")),
            List.of(new QueryMatch("checkout-waits", List.of("attente", "caisse"))), 0L);

    static final Alert ALERT = new Alert(1, "5f0d5a0e-8c36-3d4b-9b55-2f0a3c1f1e11", 2, AlertStatus.UPDATED,
            "store:lyon-01", Polarity.POSITIVE, 10, Instant.parse("2025-03-01T10:00:00Z"),
            Instant.parse("2025-03-01T11:00:00Z"), "volume-threshold",
            "Burst of positive feedback in store:lyon-01: 10 in 60 min (threshold 5)",
            new AlertEvidence(10, 5.0, 10, 0, 0, "mention:1896234817263540224",
                    List.of("mention:1896234817263540224", "review:rev-1002"), List.of("lyon-01"),
                    List.of("init-lyon-01-dupont")));

    static final ImpactNotification IMPACT = new ImpactNotification(1, "impact-init-lyon-01-dupont-20250301", "lyon-01",
            "init-lyon-01-dupont", ImpactType.SIGNIFICANT_EFFECT, "Le partenariat Boulangerie Dupont plaît",
            "32 avis positifs depuis lundi, contre 9 la semaine précédente.", 0.82,
            Instant.parse("2025-03-01T18:00:00Z"));

    static final byte[] BAD_RECORD = "{\"schemaVersion\":1,\"rating\":\"5\"}".getBytes(StandardCharsets.UTF_8);

    static final DeadLetter DEAD_LETTER = new DeadLetter(1, DeadLetterReason.WRONG_TYPE,
            "field 'rating' has the wrong type, expected Double", "reviews.raw", 3, 184_467L, BAD_RECORD,
            Instant.parse("2025-03-01T09:42:20Z"));

    static Stream<Object> contracts() {
        return Stream.of(REVIEW, MENTION, INITIATIVE, FEEDBACK, ALERT, IMPACT);
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void contractSurvivesTheRoundTrip(Object contract) throws Exception {
        byte[] json = MAPPER.writeValueAsBytes(contract);

        assertThat(MAPPER.readValue(json, contract.getClass())).isEqualTo(contract);
    }

    @Test
    void mentionFeedbackSurvivesTheRoundTripWithoutAReview() throws Exception {
        Feedback fromMention = Feedback.of(MENTION);
        JsonNode json = json(fromMention);

        assertThat(json.has("review")).isFalse();
        assertThat(json.get("kind").asText()).isEqualTo("mention");
        assertThat(json.get("authorReach").asLong()).isEqualTo(18240L);
        assertThat(MAPPER.treeToValue(json, Feedback.class)).isEqualTo(fromMention);
    }

    @Test
    void deadLetterSurvivesTheRoundTripWithItsBytes() throws Exception {
        DeadLetter back = MAPPER.readValue(MAPPER.writeValueAsBytes(DEAD_LETTER), DeadLetter.class);

        // records compare arrays by identity, so the bytes are compared by content
        assertThat(Arrays.equals(back.originalBytes(), BAD_RECORD)).isTrue();
        assertThat(back.reason()).isEqualTo(DeadLetterReason.WRONG_TYPE);
        assertThat(back.error()).isEqualTo(DEAD_LETTER.error());
        assertThat(back.sourceTopic()).isEqualTo("reviews.raw");
        assertThat(back.partition()).isEqualTo(3);
        assertThat(back.offset()).isEqualTo(184_467L);
        assertThat(back.failedAt()).isEqualTo(DEAD_LETTER.failedAt());
        assertThat(back.schemaVersion()).isEqualTo(1);
    }

    @Test
    void deadLetterBytesAreBase64InJson() throws Exception {
        JsonNode json = json(DEAD_LETTER);

        assertThat(json.get("originalBytes").isTextual()).isTrue();
        assertThat(Base64.getDecoder().decode(json.get("originalBytes").asText())).isEqualTo(BAD_RECORD);
        assertThat(json.get("reason").asText()).isEqualTo("wrong-type");
        assertThat(json.get("failedAt").asText()).isEqualTo("2025-03-01T09:42:20Z");
    }

    @Test
    void deadLetterOfARawRecordCitesItsCoordinates() {
        RawRecord raw = new RawRecord("mentions.raw", 7, 42L, 1_740_822_000_000L, null, BAD_RECORD);
        Rejection rejection = new Rejection(DeadLetterReason.WRONG_TYPE, "field 'rating' has the wrong type");

        DeadLetter letter = DeadLetter.of(raw, rejection, Instant.parse("2025-03-01T10:00:00Z"));

        assertThat(letter.schemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(letter.sourceTopic()).isEqualTo("mentions.raw");
        assertThat(letter.partition()).isEqualTo(7);
        assertThat(letter.offset()).isEqualTo(42L);
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.WRONG_TYPE);
        assertThat(letter.error()).isEqualTo("field 'rating' has the wrong type");
        assertThat(letter.originalBytes()).isEqualTo(BAD_RECORD);
    }

    @Test
    void enumsAndInstantsHaveTheirAgreedJsonForm() throws Exception {
        JsonNode feedback = json(FEEDBACK);
        JsonNode mention = json(MENTION);
        JsonNode initiative = json(INITIATIVE);
        JsonNode alert = json(ALERT);
        JsonNode impact = json(IMPACT);

        assertThat(feedback.get("kind").asText()).isEqualTo("review");
        assertThat(feedback.at("/sentiment/label").asText()).isEqualTo("negative");
        assertThat(feedback.at("/attributions/0/rule").asText()).isEqualTo("staff-name");
        assertThat(feedback.at("/review/createdAt").asText()).isEqualTo("2025-03-01T09:42:17Z");
        assertThat(mention.get("relation").asText()).isEqualTo("reshare");
        assertThat(initiative.get("kind").asText()).isEqualTo("local-partnership");
        assertThat(initiative.get("status").asText()).isEqualTo("active");
        assertThat(initiative.get("startsAt").asText()).isEqualTo("2025-02-24T07:00:00Z");
        assertThat(alert.get("status").asText()).isEqualTo("updated");
        assertThat(alert.get("polarity").asText()).isEqualTo("positive");
        assertThat(alert.get("windowEnd").asText()).isEqualTo("2025-03-01T11:00:00Z");
        assertThat(impact.get("type").asText()).isEqualTo("significant-effect");
        assertThat(impact.get("createdAt").isTextual()).isTrue();
    }

    @Test
    void absentOptionalFieldsAreLeftOutOfInputContracts() throws Exception {
        Review untitled = new Review(1, "rev-2", "google", "lyon-01", 5.0, null, "Parfait", null, "g-1",
                Instant.parse("2025-03-01T09:00:00Z"), null);
        JsonNode json = json(untitled);

        assertThat(json.has("title")).isFalse();
        assertThat(json.has("language")).isFalse();
        assertThat(json.get("staffMentions").isEmpty()).isTrue();
    }

    /** The JSON as it goes on the wire (valueToTree would keep byte[] as a binary node). */
    private static JsonNode json(Object contract) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsBytes(contract));
    }

    static Stream<Class<? extends Enum<?>>> enums() {
        return Stream.of(AlertStatus.class, AttributionRule.class, DeadLetterReason.class, FeedbackKind.class,
                ImpactType.class, InitiativeKind.class, InitiativeStatus.class, Polarity.class, Relation.class,
                SentimentLabel.class);
    }

    @ParameterizedTest
    @MethodSource("enums")
    void everyEnumConstantIsWrittenAsItsKebabCaseName(Class<? extends Enum<?>> type) throws Exception {
        for (Enum<?> constant : type.getEnumConstants()) {
            String kebab = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');

            assertThat(MAPPER.writeValueAsString(constant)).isEqualTo("\"" + kebab + "\"");
            assertThat(MAPPER.readValue("\"" + kebab + "\"", type)).isSameAs(constant);
        }
    }
}
