package io.pullwatch.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.json.JsonMappers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class JsonRecordSerializerTest {

    private final ObjectMapper mapper = JsonMappers.create();

    @Test
    void writesFeedbackAsJsonKeyedByFeedbackIdToTheConfiguredTopic() throws Exception {
        Feedback feedback = TopicsTest.feedback();
        JsonRecordSerializer<Feedback> serializer = new JsonRecordSerializer<>(Topics.FEEDBACK, "acme.feedback.v2");
        serializer.open(null, null);

        ProducerRecord<byte[], byte[]> record = serializer.serialize(feedback, null, 1_740_830_400_000L);

        assertThat(record.topic()).isEqualTo("acme.feedback.v2");
        assertThat(record.partition()).isNull();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("review:rev-1");
        assertThat(mapper.readValue(record.value(), Feedback.class)).isEqualTo(feedback);
        JsonNode json = mapper.readTree(record.value());
        assertThat(json.path("kind").asText()).isEqualTo("review");
        assertThat(json.path("review").path("createdAt").asText()).isEqualTo("2025-03-01T12:00:00Z");
    }

    /** On purpose: brokers refuse records stamped too far from their clock, so no event-time timestamp is set. */
    @Test
    void setsNoTimestampEvenWhenOneIsOffered() {
        JsonRecordSerializer<Alert> serializer = new JsonRecordSerializer<>(Topics.ALERTS, "pullwatch.alerts");

        ProducerRecord<byte[], byte[]> withTimestamp = serializer.serialize(TopicsTest.alert(), null, 946_684_800_000L);
        ProducerRecord<byte[], byte[]> withoutTimestamp = serializer.serialize(TopicsTest.alert(), null, null);

        assertThat(withTimestamp.timestamp()).isNull();
        assertThat(withoutTimestamp.timestamp()).isNull();
    }

    @Test
    void writesAlertsKeyedByAlertIdWithoutOpen() throws Exception {
        Alert alert = TopicsTest.alert();
        JsonRecordSerializer<Alert> serializer = new JsonRecordSerializer<>(Topics.ALERTS, "pullwatch.alerts");

        ProducerRecord<byte[], byte[]> record = serializer.serialize(alert, null, null);

        assertThat(record.topic()).isEqualTo("pullwatch.alerts");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("alert-9");
        assertThat(mapper.readValue(record.value(), Alert.class)).isEqualTo(alert);
        JsonNode json = mapper.readTree(record.value());
        assertThat(json.path("status").asText()).isEqualTo("updated");
        assertThat(json.path("polarity").asText()).isEqualTo("negative");
        assertThat(json.path("windowEnd").asText()).isEqualTo("2025-03-01T12:10:00Z");
    }

    @Test
    void writesDeadLettersKeyedBySourceTopicWithOriginalBytesInBase64() throws Exception {
        DeadLetter deadLetter = TopicsTest.deadLetter();
        JsonRecordSerializer<DeadLetter> serializer =
                new JsonRecordSerializer<>(Topics.DEAD_LETTERS, "pullwatch.dead-letters");

        ProducerRecord<byte[], byte[]> record = serializer.serialize(deadLetter, null, null);

        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("pullwatch.reviews");
        assertThat(mapper.readTree(record.value()).path("originalBytes").asText())
                .isEqualTo(Base64.getEncoder().encodeToString("{oops".getBytes(StandardCharsets.UTF_8)));
        DeadLetter decoded = mapper.readValue(record.value(), DeadLetter.class);
        assertThat(decoded).usingRecursiveComparison().isEqualTo(deadLetter);
        assertThat(decoded.originalBytes()).containsExactly(deadLetter.originalBytes());
    }

    @Test
    void keyIsNullWhenTheKeyFunctionGivesNull() throws Exception {
        ImpactNotification storeless = new ImpactNotification(SchemaVersion.CURRENT, "n-2", null, null,
                ImpactType.DAILY_DIGEST, "Digest", null, 0.0, Instant.parse("2025-03-02T00:00:00Z"));
        JsonRecordSerializer<ImpactNotification> serializer =
                new JsonRecordSerializer<>(Topics.IMPACT, "pullwatch.impact");

        ProducerRecord<byte[], byte[]> record = serializer.serialize(storeless, null, null);

        assertThat(record.key()).isNull();
        assertThat(mapper.readTree(record.value()).path("notificationId").asText()).isEqualTo("n-2");
    }

    @Test
    void impactIsKeyedByStore() throws Exception {
        ImpactNotification impact = TopicsTest.impact();
        ProducerRecord<byte[], byte[]> record =
                new JsonRecordSerializer<>(Topics.IMPACT, "pullwatch.impact").serialize(impact, null, null);

        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("store-12");
        assertThat(mapper.readValue(record.value(), ImpactNotification.class)).isEqualTo(impact);
    }

    /** Flink serializes the schema to ship it; the transient mapper is then null and must be re-created lazily. */
    @Test
    @SuppressWarnings("unchecked")
    void worksAfterJavaSerializationWithoutOpen() throws Exception {
        JsonRecordSerializer<Feedback> original = new JsonRecordSerializer<>(Topics.FEEDBACK, "pullwatch.feedback");
        original.serialize(TopicsTest.feedback(), null, null); // initialise the mapper before shipping

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        JsonRecordSerializer<Feedback> shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (JsonRecordSerializer<Feedback>) in.readObject();
        }

        ProducerRecord<byte[], byte[]> record = shipped.serialize(TopicsTest.feedback(), null, null);
        assertThat(record.topic()).isEqualTo("pullwatch.feedback");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("review:rev-1");
        assertThat(mapper.readValue(record.value(), Feedback.class)).isEqualTo(TopicsTest.feedback());
    }
}
