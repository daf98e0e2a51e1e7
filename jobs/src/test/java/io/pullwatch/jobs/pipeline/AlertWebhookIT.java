package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.connectors.testing.WebhookReceiver;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.testing.Events;
import io.pullwatch.jobs.testing.PipelineCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code webhook.url} set, the running pipeline posts its alerts to the webhook (a real HTTP server here) as
 * Slack messages, beside the alerts topic, which gets the same alerts.
 */
class AlertWebhookIT {

    private static final ObjectMapper JSON = JsonMappers.create();
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

    @RegisterExtension
    static final PipelineCluster cluster = new PipelineCluster();

    @Test
    void alertsArePostedToTheWebhookAsSlackMessages() throws Exception {
        try (var receiver = WebhookReceiver.start(WebhookReceiver.status(503));
                KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(cluster.kafka().bootstrapServers())) {
            PullwatchConfig config = cluster.configFor("webhook").with(Map.of("webhook.url", receiver.url()));
            JobClient job = cluster.startPipeline(config, "alert-webhook-it");

            // An hour of ordinary reviews, one every two minutes, so that the store has a level to stand out from.
            for (int i = 0; i < 30; i++) {
                Review review = Events.review("calm" + i, "lille", 4, "Fine visit number " + i,
                        BASE.plusSeconds(120L * i));
                producer.send(new ProducerRecord<>(config.topicName(Topics.REVIEWS),
                        review.id().getBytes(StandardCharsets.UTF_8), Events.json(review))).get();
            }
            Instant minute = BASE.plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
            for (int i = 0; i < 20; i++) {
                Review review = Events.review("wave" + i, "lille", 1, "Sold out in minutes, what a joke, never again",
                        minute.plusSeconds(3L * i));
                // Acknowledged one by one: a record the broker lost would look like a webhook that never posted.
                producer.send(new ProducerRecord<>(config.topicName(Topics.REVIEWS),
                        review.id().getBytes(StandardCharsets.UTF_8), Events.json(review))).get();
            }

            // The alerts topic first (the source of truth), so that a failure upstream is told apart.
            List<Alert> alerts = KafkaTestClients.readUntil(cluster.kafka().bootstrapServers(),
                    config.topicName(Topics.ALERTS), Duration.ZERO, Duration.ofSeconds(120),
                    records -> records.stream().map(AlertWebhookIT::read).anyMatch(a -> a.scope().equals("store:lille")))
                    .stream().map(AlertWebhookIT::read).toList();
            assertThat(alerts).as("alerts on the topic").isNotEmpty();
            // The first post was answered 503 and retried: the retry is among those received.
            List<JsonNode> posted = receiver.awaitRequests(requests -> requests.stream().skip(1)
                    .anyMatch(r -> r.body().contains("store:lille —")), Duration.ofSeconds(60))
                    .stream().skip(1).map(r -> parse(r.body())).toList();
            job.cancel().get();

            // The burst also raises alerts on the brand and on the store's aspects; the store's is the one checked.
            List<JsonNode> aboutTheStore = posted.stream()
                    .filter(m -> m.get("text").asText().contains("store:lille —")).toList();
            assertThat(aboutTheStore).isNotEmpty().allSatisfy(message -> {
                assertThat(message.get("text").asText()).contains("negative");
                assertThat(message.get("blocks")).isNotEmpty();
            });
            Set<String> alertIds = alerts.stream().map(Alert::alertId).collect(Collectors.toSet());
            assertThat(aboutTheStore).anySatisfy(message -> assertThat(alertIds)
                    .anyMatch(id -> message.toString().contains("alert `" + id + "`")));
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Alert read(ConsumerRecord<byte[], byte[]> record) {
        try {
            return JSON.readValue(record.value(), Alert.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
