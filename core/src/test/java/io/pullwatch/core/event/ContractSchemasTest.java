package io.pullwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.Decoded;
import io.pullwatch.core.validation.ValidationLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in config/schemas and the examples in config/examples agree with each other and with the Java
 * contracts: each example is valid, decodes into its record and encodes back without losing anything, and the
 * schemas require, list and enumerate exactly what the records and the decoder do.
 *
 * <p>Maven runs tests from the module directory, so the files are read from {@code ../config}.
 */
class ContractSchemasTest {

    private static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();
    private static final String SCHEMA_BASE = "https://schemas.pullwatch.io/v1/";
    private static final ObjectMapper MAPPER = JsonMappers.create();

    /** After every example's timestamps, so that none is "in the future". */
    private static final Instant NOW = Instant.parse("2025-03-02T00:00:00Z");
    private static final ContractDecoder DECODER =
            new ContractDecoder(MAPPER, ValidationLimits.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC));

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(SCHEMA_BASE, CONFIG.resolve("schemas").toUri().toString())));
    private static final SchemaValidatorsConfig WITH_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    enum Example {
        REVIEW("review", Review.class, ContractDecoder.REVIEW),
        MENTION("mention", Mention.class, ContractDecoder.MENTION),
        INITIATIVE("initiative", Initiative.class, ContractDecoder.INITIATIVE),
        SAVED_QUERY("saved-query", SavedQuery.class, ContractDecoder.SAVED_QUERY),
        FEEDBACK("feedback", Feedback.class, null),
        ALERT("alert", Alert.class, null),
        IMPACT_NOTIFICATION("impact-notification", ImpactNotification.class, null),
        DEAD_LETTER("dead-letter", DeadLetter.class, null);

        final String name;
        final Class<?> type;
        /** The decoder contract for input records; null for records Pullwatch writes itself. */
        final ContractDecoder.Contract<?> contract;

        Example(String name, Class<?> type, ContractDecoder.Contract<?> contract) {
            this.name = name;
            this.type = type;
            this.contract = contract;
        }

        ObjectNode example() {
            return (ObjectNode) read(CONFIG.resolve("examples").resolve(name + ".json"));
        }

        JsonNode schemaJson() {
            return read(CONFIG.resolve("schemas").resolve(name + ".schema.json"));
        }

        JsonSchema schema() {
            return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + name + ".schema.json"), WITH_FORMATS);
        }

        Set<String> errors(JsonNode json) {
            return schema().validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        }

        /** Reads JSON the way Pullwatch does: through the decoder for inputs, through the mapper for the rest. */
        Object decode(JsonNode json) throws IOException {
            byte[] bytes = MAPPER.writeValueAsBytes(json);
            if (contract == null) {
                return MAPPER.readValue(bytes, type);
            }
            Decoded<?> decoded = DECODER.decode(bytes, contract);
            assertThat(decoded.rejection()).as("%s rejected by the decoder", name).isNull();
            return decoded.value();
        }

        Decoded<?> decodeInput(JsonNode json) {
            try {
                return DECODER.decode(MAPPER.writeValueAsBytes(json), contract);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------- examples

    @ParameterizedTest
    @EnumSource(Example.class)
    void exampleConformsToItsSchema(Example contract) {
        assertThat(contract.errors(contract.example())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void exampleDecodesIntoItsRecordAndBackWithoutLoss(Example contract) throws IOException {
        ObjectNode example = contract.example();

        Object value = contract.decode(example);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsBytes(value));

        assertThat(value).isInstanceOf(contract.type);
        assertKept(example, written, "");
        assertThat(contract.errors(written)).as("what Pullwatch writes conforms too").isEmpty();
        if (contract != Example.DEAD_LETTER) { // records compare byte[] by identity
            assertThat(MAPPER.treeToValue(written, contract.type)).isEqualTo(value);
        }
    }

    @Test
    void exampleDeadLetterHoldsAReviewTheDecoderRejectsForTheStatedReason() throws IOException {
        DeadLetter letter = (DeadLetter) Example.DEAD_LETTER.decode(Example.DEAD_LETTER.example());

        Decoded<Review> replayed = DECODER.decode(letter.originalBytes(), ContractDecoder.REVIEW);

        assertThat(letter.sourceTopic()).isEqualTo("reviews.raw");
        assertThat(replayed.isAccepted()).isFalse();
        assertThat(replayed.rejection().reason()).isEqualTo(letter.reason());
        assertThat(replayed.rejection().message()).isEqualTo(letter.error());
    }

    @Test
    void exampleFeedbackCarriesTheExampleReview() throws IOException {
        Feedback feedback = (Feedback) Example.FEEDBACK.decode(Example.FEEDBACK.example());
        Review review = (Review) Example.REVIEW.decode(Example.REVIEW.example());

        assertThat(feedback.review()).isEqualTo(review);
        assertThat(feedback.feedbackId()).isEqualTo(Feedback.feedbackIdOf(FeedbackKind.REVIEW, review.id()));
        assertThat(feedback.mention()).isNull();
    }

    // ---------------------------------------------------------------- schemas against the Java contracts

    @ParameterizedTest
    @EnumSource(Example.class)
    void schemaIsAWellFormedDraft202012SchemaWithATitleAndDescription(Example contract) {
        JsonNode schema = contract.schemaJson();
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(SCHEMA_BASE + contract.name + ".schema.json");
        assertThat(schema.path("title").asText()).isEqualTo(contract.type.getSimpleName());
        assertThat(schema.path("description").asText()).hasSizeGreaterThan(40);
        assertThat(schema.at("/properties/schemaVersion/const").asInt()).isEqualTo(SchemaVersion.CURRENT);
    }

    static Stream<Arguments> objectSchemas() {
        return Stream.of(
                arguments(Example.REVIEW, "", Review.class),
                arguments(Example.MENTION, "", Mention.class),
                arguments(Example.MENTION, "/$defs/engagement", Engagement.class),
                arguments(Example.INITIATIVE, "", Initiative.class),
                arguments(Example.SAVED_QUERY, "", SavedQuery.class),
                arguments(Example.FEEDBACK, "", Feedback.class),
                arguments(Example.FEEDBACK, "/$defs/sentiment", Sentiment.class),
                arguments(Example.FEEDBACK, "/$defs/aspectMention", AspectMention.class),
                arguments(Example.FEEDBACK, "/$defs/attribution", Attribution.class),
                arguments(Example.FEEDBACK, "/$defs/queryMatch", QueryMatch.class),
                arguments(Example.ALERT, "", Alert.class),
                arguments(Example.ALERT, "/$defs/alertEvidence", AlertEvidence.class),
                arguments(Example.ALERT, "/$defs/termEvidence", AlertEvidence.TermEvidence.class),
                arguments(Example.ALERT, "/$defs/postEvidence", AlertEvidence.PostEvidence.class),
                arguments(Example.ALERT, "/$defs/authorEvidence", AlertEvidence.AuthorEvidence.class),
                arguments(Example.ALERT, "/$defs/cascadeEvidence", AlertEvidence.CascadeEvidence.class),
                arguments(Example.IMPACT_NOTIFICATION, "", ImpactNotification.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/initiativeImpact",
                        ImpactNotification.InitiativeImpact.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/effect", ImpactNotification.Effect.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/groupMean", ImpactNotification.GroupMean.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/volume", ImpactNotification.Volume.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/aspectShift", ImpactNotification.AspectShift.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/quote", ImpactNotification.Quote.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/riskEvidence", ImpactNotification.RiskEvidence.class),
                arguments(Example.DEAD_LETTER, "", DeadLetter.class));
    }

    @ParameterizedTest(name = "{0}{1} ↔ {2}")
    @MethodSource("objectSchemas")
    void schemaListsEveryRecordFieldAndRequiresWhatReadersNeed(Example contract, String pointer, Class<?> record) {
        JsonNode schema = contract.schemaJson().at(pointer);
        RecordComponent[] components = record.getRecordComponents();

        Set<String> fields = Arrays.stream(components).map(ContractSchemasTest::jsonName)
                .collect(Collectors.toCollection(TreeSet::new));
        // readers need the fields marked required, and primitives too (FAIL_ON_NULL_FOR_PRIMITIVES: no default)
        Set<String> required = Arrays.stream(components)
                .filter(c -> property(c).required() || c.getType().isPrimitive())
                .map(ContractSchemasTest::jsonName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(fieldNames(schema.path("properties")))).isEqualTo(fields);
        assertThat(new TreeSet<>(texts(schema.path("required")))).isEqualTo(required);
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                arguments(Example.MENTION, "/properties/relation", Relation.class),
                arguments(Example.INITIATIVE, "/properties/kind", InitiativeKind.class),
                arguments(Example.INITIATIVE, "/properties/status", InitiativeStatus.class),
                arguments(Example.FEEDBACK, "/properties/kind", FeedbackKind.class),
                arguments(Example.FEEDBACK, "/$defs/sentiment/properties/label", SentimentLabel.class),
                arguments(Example.FEEDBACK, "/$defs/attribution/properties/rule", AttributionRule.class),
                arguments(Example.ALERT, "/properties/status", AlertStatus.class),
                arguments(Example.ALERT, "/properties/polarity", Polarity.class),
                arguments(Example.IMPACT_NOTIFICATION, "/properties/type", ImpactType.class),
                arguments(Example.IMPACT_NOTIFICATION, "/properties/risk", ImpactRisk.class),
                arguments(Example.IMPACT_NOTIFICATION, "/$defs/initiativeImpact/properties/risks/items",
                        ImpactRisk.class),
                arguments(Example.DEAD_LETTER, "/properties/reason", DeadLetterReason.class));
    }

    @ParameterizedTest(name = "{0}{1} ↔ {2}")
    @MethodSource("enums")
    void schemaEnumHoldsTheKebabValuesOfTheJavaEnum(Example contract, String pointer, Class<? extends Enum<?>> type)
            throws IOException {
        List<String> inSchema = new ArrayList<>();
        contract.schemaJson().at(pointer + "/enum").forEach(v -> {
            if (!v.isNull()) {
                inSchema.add(v.asText());
            }
        });
        List<String> inJava = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            inJava.add(MAPPER.readTree(MAPPER.writeValueAsString(constant)).asText());
        }

        assertThat(inSchema).containsExactlyElementsOf(inJava);
    }

    // ---------------------------------------------------------------- schemas against the decoder

    @ParameterizedTest
    @EnumSource(value = Example.class, names = {"REVIEW", "MENTION", "INITIATIVE", "SAVED_QUERY"})
    void schemaAndDecoderAgreeOnEveryFieldLeftOut(Example contract) {
        List<String> refusedWithout = new ArrayList<>();
        for (String field : fieldNames(contract.example())) {
            ObjectNode without = contract.example();
            without.remove(field);

            boolean schemaAccepts = contract.errors(without).isEmpty();
            Decoded<?> decoded = contract.decodeInput(without);

            assertThat(schemaAccepts).as("schema accepts %s without '%s'; decoder says %s", contract, field,
                    decoded.rejection()).isEqualTo(decoded.isAccepted());
            if (!decoded.isAccepted()) {
                refusedWithout.add(field);
            }
        }
        List<String> required = texts(contract.schemaJson().path("required"));

        assertThat(refusedWithout).containsAll(required);
    }

    static Stream<Arguments> edits() {
        String tooLong = "\"" + "x".repeat(20_001) + "\"";
        return Stream.of(
                arguments(Example.REVIEW, "rating", "\"2\"", false),
                arguments(Example.REVIEW, "rating", "6", false),
                arguments(Example.REVIEW, "rating", "0.5", false),
                arguments(Example.REVIEW, "rating", "1", true),
                arguments(Example.REVIEW, "text", "\"   \"", false),
                arguments(Example.REVIEW, "text", "42", false),
                arguments(Example.REVIEW, "text", tooLong, false),
                arguments(Example.REVIEW, "title", tooLong, false),
                arguments(Example.REVIEW, "title", "null", true),
                arguments(Example.REVIEW, "language", "\"FR\"", false),
                arguments(Example.REVIEW, "language", "\"pt-br\"", true),
                arguments(Example.REVIEW, "staffMentions", "[\"\"]", false),
                arguments(Example.REVIEW, "staffMentions", "\"Jean-François\"", false),
                arguments(Example.REVIEW, "createdAt", "\"hier\"", false),
                arguments(Example.REVIEW, "createdAt", "\"2025-03-01T10:42:17+01:00\"", true),
                arguments(Example.REVIEW, "schemaVersion", "2", false),
                arguments(Example.REVIEW, "schemaVersion", "\"1\"", false),
                arguments(Example.REVIEW, "storeId", "null", false),
                arguments(Example.MENTION, "relation", "\"retweet\"", false),
                arguments(Example.MENTION, "relation", "\"quote\"", true),
                arguments(Example.MENTION, "relation", "null", false),
                arguments(Example.MENTION, "parentId", "null", false),
                arguments(Example.MENTION, "text", "null", true),
                arguments(Example.MENTION, "authorFollowers", "-1", false),
                arguments(Example.MENTION, "authorFollowers", "null", true),
                arguments(Example.MENTION, "authorFollowers", "\"18k\"", false),
                arguments(Example.MENTION, "hashtags", "[\"ShopLocal\", \" \"]", false),
                arguments(Example.MENTION, "engagement", "{\"likes\": \"3\"}", false),
                arguments(Example.MENTION, "engagement", "{\"likes\": 3}", false),
                arguments(Example.MENTION, "engagement", "{\"likes\": 3, \"reshares\": 0, \"replies\": 1, \"quotes\": 0}", true),
                arguments(Example.MENTION, "urls", "null", true),
                arguments(Example.INITIATIVE, "kind", "\"pop-up\"", false),
                arguments(Example.INITIATIVE, "kind", "\"LOCAL_PARTNERSHIP\"", false),
                arguments(Example.INITIATIVE, "status", "\"paused\"", false),
                arguments(Example.INITIATIVE, "status", "\"retired\"", true),
                arguments(Example.INITIATIVE, "status", "null", false),
                arguments(Example.INITIATIVE, "endsAt", "null", true),
                arguments(Example.INITIATIVE, "startsAt", "\"2025-02-24\"", false),
                arguments(Example.INITIATIVE, "codes", "[\"DUPONT5\", \"\"]", false),
                arguments(Example.INITIATIVE, "channels", "[\"\"]", true),
                arguments(Example.INITIATIVE, "description", "null", true));
    }

    @ParameterizedTest(name = "{0}.{1} = {2} → valid: {3}")
    @MethodSource("edits")
    void schemaAndDecoderAgreeOnAnEditedField(Example contract, String field, String json, boolean valid)
            throws IOException {
        ObjectNode edited = contract.example();
        edited.set(field, MAPPER.readTree(json));

        Decoded<?> decoded = contract.decodeInput(edited);

        assertThat(contract.errors(edited).isEmpty()).as("schema accepts").isEqualTo(valid);
        assertThat(decoded.isAccepted()).as("decoder accepts (%s)", decoded.rejection()).isEqualTo(valid);
    }

    @Test
    void feedbackSchemaChecksItsNestedReviewAndItsKind() throws IOException {
        ObjectNode badNestedRating = Example.FEEDBACK.example();
        ((ObjectNode) badNestedRating.get("review")).put("rating", "2");
        ObjectNode mentionKindWithAReview = Example.FEEDBACK.example().put("kind", "mention");
        ObjectNode reviewKindWithoutReview = Example.FEEDBACK.example();
        reviewKindWithoutReview.remove("review");

        assertThat(Example.FEEDBACK.errors(badNestedRating)).isNotEmpty();
        assertThat(Example.FEEDBACK.errors(mentionKindWithAReview)).isNotEmpty();
        assertThat(Example.FEEDBACK.errors(reviewKindWithoutReview)).isNotEmpty();
        assertThat(Example.FEEDBACK.errors(MAPPER.readTree(MAPPER.writeValueAsBytes(Feedback.of(
                (Mention) Example.MENTION.decode(Example.MENTION.example())))))).isEmpty();
    }

    @Test
    void outputSchemasRejectAnUnknownEnumValue() {
        assertThat(Example.ALERT.errors(Example.ALERT.example().put("status", "closed"))).isNotEmpty();
        assertThat(Example.DEAD_LETTER.errors(Example.DEAD_LETTER.example().put("reason", "MALFORMED_JSON")))
                .isNotEmpty();
        assertThat(Example.IMPACT_NOTIFICATION.errors(Example.IMPACT_NOTIFICATION.example().put("type", "digest")))
                .isNotEmpty();
        assertThat(Example.IMPACT_NOTIFICATION.errors(Example.IMPACT_NOTIFICATION.example().put("risk", "stock")))
                .isNotEmpty();
        assertThat(Example.DEAD_LETTER.errors(Example.DEAD_LETTER.example().put("failedAt", "now"))).isNotEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** Every value of {@code expected} is in {@code actual} at the same place (numbers compared by value). */
    private static void assertKept(JsonNode expected, JsonNode actual, String path) {
        assertThat(actual).as("%s is kept", path.isEmpty() ? "record" : path).isNotNull();
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertKept(field.getValue(), actual.get(field.getKey()), path + "/" + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as("size of %s", path).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertKept(expected.get(i), actual.get(i), path + "/" + i);
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as("%s is a number", path).isTrue();
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    private static String jsonName(RecordComponent component) {
        return property(component).value();
    }

    /** {@code @JsonProperty} does not target record components, so it is read from the accessor. */
    private static JsonProperty property(RecordComponent component) {
        return component.getAccessor().getAnnotation(JsonProperty.class);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
