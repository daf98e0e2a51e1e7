package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.testing.Events;
import io.pullwatch.jobs.testing.PipelineCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole pipeline on a real in-process Kafka broker and a Flink MiniCluster at parallelism 2: good records reach
 * feedback exactly once and bad ones reach dead letters with their reason, across the loss of the task manager
 * (a restart from the last checkpoint) and re-delivered duplicates.
 */
class KafkaPipelineIT {

    private static final ObjectMapper JSON = JsonMappers.create();
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(8));

    @RegisterExtension
    static final PipelineCluster cluster = new PipelineCluster();

    @Test
    void goodRecordsReachFeedbackExactlyOnceAndBadOnesDeadLettersAcrossATaskManagerLoss() throws Exception {
        PullwatchConfig config = cluster.configFor("eo");
        Set<String> expectedFeedback = new TreeSet<>();
        Map<String, DeadLetterReason> badRecords = new HashMap<>();

        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(cluster.kafka().bootstrapServers())) {
            KafkaTestClients.send(producer, config.topicName(Topics.INITIATIVES), "flash",
                    Events.json(Events.initiativeAround(BASE, "flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")));
            publishReviews(producer, config, 0, 150, expectedFeedback);
            publishBadRecords(producer, config, "a", badRecords);
            producer.flush();

            JobClient job = cluster.startPipeline(config, "pipeline-it");
            // Wait until a checkpoint has committed some output, then lose the task manager mid-stream.
            KafkaTestClients.readUntil(cluster.kafka().bootstrapServers(), config.topicName(Topics.FEEDBACK), Duration.ZERO,
                    Duration.ofSeconds(60), records -> !records.isEmpty());
            cluster.flink().terminateTaskManager(0).get();
            cluster.flink().startTaskManager();

            publishReviews(producer, config, 150, 300, expectedFeedback);
            publishReviews(producer, config, 0, 60, new TreeSet<>()); // re-delivered duplicates
            publishBadRecords(producer, config, "b", badRecords);
            publishNegativeBurst(producer, config, expectedFeedback);
            Review french = new Review(1, "fr-queue", "google", "paris", 2.0, null,
                    "Une heure de file d'attente en caisse, personne pour nous aider.", null, "u-fr",
                    BASE.plus(Duration.ofHours(5)), null);
            KafkaTestClients.send(producer, config.topicName(Topics.REVIEWS), french.id(), Events.json(french));
            expectedFeedback.add(Feedback.of(french).feedbackId());
            producer.flush();

            List<Feedback> feedback = read(config, Topics.FEEDBACK, Feedback.class,
                    records -> records.size() >= expectedFeedback.size());
            List<DeadLetter> deadLetters = read(config, Topics.DEAD_LETTERS, DeadLetter.class,
                    records -> records.size() >= badRecords.size());
            List<Alert> alerts = read(config, Topics.ALERTS, Alert.class, records -> !records.isEmpty());
            job.cancel().get();

            assertThat(feedback).extracting(Feedback::feedbackId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expectedFeedback);
            Map<String, DeadLetterReason> deadLettered = new HashMap<>();
            for (DeadLetter letter : deadLetters) {
                deadLettered.put(new String(letter.originalBytes(), StandardCharsets.UTF_8), letter.reason());
                assertThat(letter.sourceTopic()).isEqualTo(config.topicName(Topics.REVIEWS));
                assertThat(letter.error()).isNotBlank();
            }
            assertThat(deadLetters).hasSameSizeAs(badRecords.keySet());
            assertThat(deadLettered).isEqualTo(badRecords);
            Feedback coded = feedback.stream().filter(f -> f.text().contains("FLASH30")).findFirst().orElseThrow();
            assertThat(coded.attributions()).extracting(a -> a.initiativeId()).contains("flash");
            assertThat(coded.language()).isEqualTo("en");
            assertThat(coded.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(coded.aspects()).extracting(AspectMention::aspect).contains("stock-and-availability");
            assertThat(feedback).filteredOn(f -> f.feedbackId().equals("review:fr-queue")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.language()).isEqualTo("fr");
                        assertThat(f.aspects()).extracting(AspectMention::aspect).contains("waiting-and-queues");
                    });
            assertThat(alerts).anySatisfy(a -> {
                assertThat(a.status()).isEqualTo(AlertStatus.OPENED);
                assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
                assertThat(a.scope()).isEqualTo("store:lille");
                assertThat(a.evidence().initiativeIds()).contains("flash");
            });
        }
    }

    private static void publishReviews(KafkaProducer<byte[], byte[]> producer, PullwatchConfig config, int from, int to,
            Set<String> expected) {
        for (int i = from; i < to; i++) {
            String store = i % 3 == 0 ? "paris" : i % 3 == 1 ? "lyon" : "lille";
            // Spread over hours: every store's ordinary level, which the detector learns before the burst.
            Review review = Events.review("r" + i, store, 3 + i % 3, "Visit number " + i, BASE.plusSeconds(60L * i));
            KafkaTestClients.send(producer, config.topicName(Topics.REVIEWS), review.id(), Events.json(review));
            expected.add(Feedback.of(review).feedbackId());
        }
    }

    private static void publishNegativeBurst(KafkaProducer<byte[], byte[]> producer, PullwatchConfig config,
            Set<String> expected) {
        // Later than all ordinary chatter, so that the burst's bucket is still open when it arrives.
        Instant minute = BASE.plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < 20; i++) {
            Review review = Events.review("burst" + i, "lille", 1, "FLASH30 sold out in minutes, what a joke",
                    minute.plusSeconds(5L * i));
            KafkaTestClients.send(producer, config.topicName(Topics.REVIEWS), review.id(), Events.json(review));
            expected.add(Feedback.of(review).feedbackId());
        }
    }

    /** One record per rejection reason, remembered by its bytes; the batch name keeps two batches' bytes distinct. */
    private static void publishBadRecords(KafkaProducer<byte[], byte[]> producer, PullwatchConfig config, String batch,
            Map<String, DeadLetterReason> sent) {
        Map<DeadLetterReason, String> bad = new HashMap<>();
        String good = new String(Events.json(Events.review("bad-" + batch, "paris", 4, "fine", BASE)),
                StandardCharsets.UTF_8);
        bad.put(DeadLetterReason.MALFORMED_JSON, "{\"id\": \"bad-" + batch + "\", ");
        bad.put(DeadLetterReason.MISSING_FIELD, good.replace("\"storeId\":\"paris\",", ""));
        bad.put(DeadLetterReason.WRONG_TYPE, good.replace("\"rating\":4.0", "\"rating\":[4]"));
        bad.put(DeadLetterReason.INVALID_VALUE, good.replace("\"rating\":4.0", "\"rating\":9.0"));
        bad.put(DeadLetterReason.BAD_TIMESTAMP, good.replace(BASE.toString(), "yesterday-ish"));
        bad.put(DeadLetterReason.OVERSIZED_TEXT, good.replace("\"fine\"", "\"" + "a".repeat(20_001) + "\""));
        bad.put(DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION, good.replace("\"schemaVersion\":1", "\"schemaVersion\":7"));
        bad.forEach((reason, value) -> {
            assertThat(value).as(reason + " fixture differs from the good record").isNotEqualTo(good);
            KafkaTestClients.send(producer, config.topicName(Topics.REVIEWS), null, value.getBytes(StandardCharsets.UTF_8));
            sent.put(value, reason);
        });
    }

    private static <T> List<T> read(PullwatchConfig config, TopicSpec<T> topic, Class<T> type,
            java.util.function.Predicate<List<ConsumerRecord<byte[], byte[]>>> done) throws IOException {
        List<T> values = new ArrayList<>();
        for (var record : KafkaTestClients.readUntil(cluster.kafka().bootstrapServers(), config.topicName(topic),
                Duration.ofSeconds(3), Duration.ofSeconds(120), done)) {
            values.add(JSON.readValue(record.value(), type));
        }
        return values;
    }
}
