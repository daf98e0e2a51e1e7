package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.connectors.testing.WebhookReceiver;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.testing.Events;
import io.pullwatch.jobs.testing.PipelineCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The impact stage through the real broker and a Flink MiniCluster at parallelism 2: a store running a flash sale,
 * an hour of ordinary reviews, then a burst of stock complaints citing the sale's code. The risk notice reaches the
 * impact topic keyed by the store, and so does the evening's digest; every notice once, and each also posted to the
 * stores' webhook.
 *
 * <p>The feedback is sent in steps with quiet spells between them, as after a night without feedback: the idle
 * sources must not let event time run ahead of the feedback to come. Each step's hours of feedback are sent within
 * milliseconds, so the out-of-orderness allowance is set longer than a step, and each step is read back from the
 * feedback topic (a checkpoint has then passed every operator) before the next is sent.
 */
class ImpactPipelineIT {

    private static final ObjectMapper JSON = JsonMappers.create();
    private static final Instant START = Instant.parse("2025-03-03T12:00:00Z");

    @RegisterExtension
    static final PipelineCluster cluster = new PipelineCluster();

    private PullwatchConfig config;
    private KafkaProducer<byte[], byte[]> producer;
    private final Set<String> sent = new HashSet<>();

    @Test
    void aRiskAndTheDailyDigestReachTheImpactTopicKeyedByStoreAndTheStoresWebhook() throws Exception {
        try (WebhookReceiver stores = WebhookReceiver.start();
                KafkaProducer<byte[], byte[]> p = KafkaTestClients.producer(cluster.kafka().bootstrapServers())) {
            config = cluster.configFor("impact").with(Map.of("pipeline.max-out-of-orderness", "4 h",
                    "webhook.impact-url", stores.url()));
            producer = p;
            KafkaTestClients.send(producer, config.topicName(Topics.INITIATIVES), "flash",
                    Events.json(Events.initiativeAround(START, "flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")));
            producer.flush();
            JobClient job = cluster.startPipeline(config, "impact-it");

            // a first review, read back attributed: the attribute stage has the registry
            sendAndWait(List.of(Events.review("probe", "lille", 4, "FLASH30 coat bought.",
                    START.minus(Duration.ofHours(2)))));
            Thread.sleep(3_000);
            List<Review> morning = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                morning.add(Events.review("calm" + i, i % 2 == 0 ? "lille" : "paris", 4, "Friendly staff, tidy shop.",
                        START.minus(Duration.ofHours(1)).plus(Duration.ofMinutes(2L * i))));
            }
            for (int i = 0; i < 6; i++) {
                morning.add(Events.review("stock" + i, "lille", 1,
                        "FLASH30 sale: sold out in every size, nothing left.",
                        START.plus(Duration.ofMinutes(10)).plusSeconds(40L * i)));
            }
            sendAndWait(morning);
            Thread.sleep(3_000);
            // event time moves past the burst's bucket (four hours behind this review)
            sendAndWait(List.of(Events.review("afternoon", "paris", 4, "Fine.", START.plus(Duration.ofMinutes(260)))));
            List<ImpactNotification> risks = readImpact(all -> all.stream().anyMatch(n -> n.type() == ImpactType.RISK));
            // and past the digest hour
            sendAndWait(List.of(Events.review("night", "paris", 4, "Fine.", Instant.parse("2025-03-03T22:10:00Z"))));
            List<ImpactNotification> notices =
                    readImpact(all -> all.stream().anyMatch(n -> n.type() == ImpactType.DAILY_DIGEST));
            List<String> posted = stores.awaitRequests(requests -> requests.size() >= notices.size(),
                    Duration.ofSeconds(30)).stream().map(WebhookReceiver.Request::body).toList();
            job.cancel().get();

            assertThat(risks).filteredOn(n -> n.type() == ImpactType.RISK).singleElement().satisfies(n -> {
                assertThat(n.risk()).isEqualTo(ImpactRisk.STOCK_AND_AVAILABILITY);
                assertThat(n.storeId()).isEqualTo("lille");
                assertThat(n.initiativeId()).isEqualTo("flash");
                assertThat(n.createdAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
                assertThat(n.riskEvidence().observed()).isEqualTo(6);
                assertThat(n.headline()).isEqualTo("Stock complaints are rising around \"Flash sale\"");
            });
            assertThat(notices).extracting(ImpactNotification::notificationId).doesNotHaveDuplicates();
            assertThat(notices).extracting(ImpactNotification::type)
                    .containsExactly(ImpactType.RISK, ImpactType.DAILY_DIGEST);
            assertThat(notices.get(1)).satisfies(n -> {
                assertThat(n.createdAt()).isEqualTo(Instant.parse("2025-03-03T18:00:00Z"));
                assertThat(n.initiatives()).singleElement().satisfies(f -> {
                    assertThat(f.initiativeId()).isEqualTo("flash");
                    // the burst at least: the probe may reach the impact stage before its copy of the registry
                    assertThat(f.feedbackToday()).isGreaterThanOrEqualTo(6);
                    assertThat(f.risks()).containsExactly(ImpactRisk.STOCK_AND_AVAILABILITY);
                });
            });
            // the same notices, as Slack messages to the stores' webhook (no alert went there: webhook.url is unset)
            assertThat(posted).hasSize(notices.size());
            for (ImpactNotification notice : notices) {
                assertThat(posted).anySatisfy(body -> assertThat(body)
                        .contains("notification `" + notice.notificationId() + "`").contains("lille"));
            }
        }
    }

    /** Sends reviews to one partition, in time order, and waits until the feedback topic has them all. */
    private void sendAndWait(List<Review> reviews) {
        for (Review review : reviews) {
            KafkaTestClients.send(producer, config.topicName(Topics.REVIEWS), "one-partition", Events.json(review));
            sent.add(Feedback.feedbackIdOf(FeedbackKind.REVIEW, review.id()));
        }
        producer.flush();
        KafkaTestClients.readUntil(cluster.kafka().bootstrapServers(), config.topicName(Topics.FEEDBACK),
                Duration.ZERO, Duration.ofSeconds(90), all -> ids(all).containsAll(sent));
    }

    private static Set<String> ids(List<ConsumerRecord<byte[], byte[]>> records) {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            ids.add(new String(record.key(), StandardCharsets.UTF_8));
        }
        return ids;
    }

    private List<ImpactNotification> readImpact(Predicate<List<ImpactNotification>> done) throws IOException {
        List<ImpactNotification> notices = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : KafkaTestClients.readUntil(cluster.kafka().bootstrapServers(),
                config.topicName(Topics.IMPACT), Duration.ofSeconds(2), Duration.ofSeconds(90),
                all -> done.test(decode(all)))) {
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("lille");
            notices.add(JSON.readValue(record.value(), ImpactNotification.class));
        }
        return notices;
    }

    private static List<ImpactNotification> decode(List<ConsumerRecord<byte[], byte[]>> records) {
        List<ImpactNotification> notices = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                notices.add(JSON.readValue(record.value(), ImpactNotification.class));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return notices;
    }
}
