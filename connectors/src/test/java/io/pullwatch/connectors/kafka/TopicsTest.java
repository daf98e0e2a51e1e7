package io.pullwatch.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");
    private static final List<TopicSpec<?>> INPUTS = List.of(Topics.REVIEWS, Topics.MENTIONS, Topics.INITIATIVES,
            Topics.SAVED_QUERIES);
    private static final List<TopicSpec<?>> OUTPUTS =
            List.of(Topics.FEEDBACK, Topics.ALERTS, Topics.IMPACT, Topics.DEAD_LETTERS);

    @Test
    void allListsEveryTopicOnceWithUniqueNames() {
        assertThat(Topics.ALL).hasSize(8).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(concat(INPUTS, OUTPUTS));
        assertThat(Topics.ALL).extracting(TopicSpec::logicalName).doesNotHaveDuplicates()
                .containsExactly("reviews", "mentions", "initiatives", "saved-queries", "feedback", "alerts", "impact",
                        "dead-letters");
        assertThat(Topics.ALL).extracting(TopicSpec::defaultName).doesNotHaveDuplicates()
                .containsExactly("pullwatch.reviews", "pullwatch.mentions", "pullwatch.initiatives",
                        "pullwatch.saved-queries", "pullwatch.feedback", "pullwatch.alerts", "pullwatch.impact", "pullwatch.dead-letters");
        assertThat(Topics.ALL).allSatisfy(t -> {
            assertThat(t.partitions()).as("partitions of %s", t.logicalName()).isPositive();
            assertThat(t.guarantee()).as("guarantee of %s", t.logicalName()).isNotBlank();
        });
    }

    @Test
    void inputTopicsCarryRawBytesWithoutKeyFunction() {
        assertThat(INPUTS).allSatisfy(t -> {
            assertThat(t.keyOf()).as("key function of input %s", t.logicalName()).isNull();
            assertThat(t.type()).isEqualTo(RawRecord.class);
            assertThat(t.guarantee()).startsWith("input");
        });
    }

    @Test
    void outputTopicsAreKeyedJsonExactlyOnceExceptAlertsWhichMustNotWaitForACheckpoint() {
        assertThat(OUTPUTS).allSatisfy(t -> {
            assertThat(t.keyOf()).as("key function of output %s", t.logicalName()).isNotNull();
            assertThat(t.type()).isNotEqualTo(RawRecord.class);
            assertThat(t.guarantee()).startsWith(t == Topics.ALERTS ? "at-least-once" : "exactly-once");
        });
        assertThat(Topics.FEEDBACK.type()).isEqualTo(Feedback.class);
        assertThat(Topics.ALERTS.type()).isEqualTo(Alert.class);
        assertThat(Topics.IMPACT.type()).isEqualTo(ImpactNotification.class);
        assertThat(Topics.DEAD_LETTERS.type()).isEqualTo(DeadLetter.class);
    }

    @Test
    void outputKeysComeFromTheDocumentedFields() {
        assertThat(Topics.FEEDBACK.keyOf().apply(feedback())).isEqualTo("review:rev-1");
        assertThat(Topics.ALERTS.keyOf().apply(alert())).isEqualTo("alert-9");
        assertThat(Topics.IMPACT.keyOf().apply(impact())).isEqualTo("store-12");
        assertThat(Topics.DEAD_LETTERS.keyOf().apply(deadLetter())).isEqualTo("pullwatch.reviews");
    }

    @Test
    void onlyTheChangelogsAreCompacted() {
        assertThat(Topics.ALL).filteredOn(TopicSpec::compacted)
                .containsExactly(Topics.INITIATIVES, Topics.SAVED_QUERIES);
        assertThat(Topics.INITIATIVES.partitions()).isEqualTo(1);
        assertThat(Topics.SAVED_QUERIES.partitions()).isEqualTo(1);
    }

    @Test
    void byLogicalNameFindsEachTopic() {
        for (TopicSpec<?> spec : Topics.ALL) {
            assertThat(Topics.byLogicalName(spec.logicalName())).isSameAs(spec);
        }
        assertThat(Topics.byLogicalName("dead-letters")).isSameAs(Topics.DEAD_LETTERS);
    }

    @Test
    void byLogicalNameRejectsUnknownNamesListingTheValidOnes() {
        assertThatThrownBy(() -> Topics.byLogicalName("pullwatch.reviews"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pullwatch.reviews'")
                .hasMessageContaining("[reviews, mentions, initiatives, saved-queries, feedback, alerts, impact, dead-letters]");
        assertThatThrownBy(() -> Topics.byLogicalName("Reviews")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.byLogicalName(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'null'");
    }

    /** Flink ships specs inside serializers to the task managers: they, and their key functions, must serialize. */
    @Test
    @SuppressWarnings("unchecked")
    void specsSurviveJavaSerialization() throws Exception {
        for (TopicSpec<?> spec : Topics.ALL) {
            TopicSpec<?> copy = roundTrip(spec);
            assertThat(copy.logicalName()).isEqualTo(spec.logicalName());
            assertThat(copy.defaultName()).isEqualTo(spec.defaultName());
            assertThat(copy.type()).isEqualTo(spec.type());
            assertThat(copy.compacted()).isEqualTo(spec.compacted());
        }
        TopicSpec<Alert> alerts = (TopicSpec<Alert>) roundTrip(Topics.ALERTS);
        assertThat(alerts.keyOf().apply(alert())).isEqualTo("alert-9");
    }

    static Feedback feedback() {
        return Feedback.of(new Review(SchemaVersion.CURRENT, "rev-1", "google", "store-12", 4.0, "Nice",
                "Friendly staff", "en", "u-1", T, List.of("Marie")));
    }

    static Alert alert() {
        return new Alert(SchemaVersion.CURRENT, "alert-9", 2, AlertStatus.UPDATED, "store:store-12",
                Polarity.NEGATIVE, 3, T, T.plusSeconds(600), "volume", "many complaints",
                new AlertEvidence(40, 8.5, 2, 35, 3, "review:rev-1", List.of("review:rev-1"), List.of("store-12"),
                        List.of("init-1")));
    }

    static ImpactNotification impact() {
        return new ImpactNotification(SchemaVersion.CURRENT, "n-1", "store-12", "init-1", ImpactType.RISK,
                "Complaints about the new queue", "details", 0.8, T);
    }

    static DeadLetter deadLetter() {
        RawRecord raw = new RawRecord("pullwatch.reviews", 1, 42L, T.toEpochMilli(), null, "{oops".getBytes());
        return DeadLetter.of(raw, new Rejection(DeadLetterReason.MALFORMED_JSON, "not valid JSON"), T);
    }

    private static Object roundTripObject(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static TopicSpec<?> roundTrip(TopicSpec<?> spec) throws Exception {
        return (TopicSpec<?>) roundTripObject(spec);
    }

    private static List<TopicSpec<?>> concat(List<TopicSpec<?>> a, List<TopicSpec<?>> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
