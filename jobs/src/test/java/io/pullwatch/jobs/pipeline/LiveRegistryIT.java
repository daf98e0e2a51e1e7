package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.testing.Events;
import io.pullwatch.jobs.testing.PipelineCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A change to a saved query or an initiative takes effect in the running job within a second, through the real
 * broker. Probe reviews are published every 100 ms after the change; the first probe that the change affected tells
 * when it took effect, whatever the delay before the exactly-once output becomes visible.
 */
class LiveRegistryIT {

    private static final ObjectMapper JSON = JsonMappers.create();
    private static final Duration PROBE_GAP = Duration.ofMillis(100);
    private static final int PROBES = 25;

    @RegisterExtension
    static final PipelineCluster cluster = new PipelineCluster();

    @Test
    void savedQueriesAndInitiativesTakeEffectWithinASecond() throws Exception {
        PullwatchConfig config = cluster.configFor("live");
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(cluster.kafka().bootstrapServers())) {
            JobClient job = cluster.startPipeline(config, "live-registry-it");
            publishProbe(producer, config, "warm-up", "nothing to see");
            readFeedback(config, feedback -> feedback.containsKey("review:warm-up"));

            Instant queryChanged = Instant.now();
            KafkaTestClients.send(producer, config.topicName(Topics.SAVED_QUERIES), "q-live",
                    Events.json(new SavedQuery(1, "q-live", "parking AND store:lille", null, null, queryChanged)));
            producer.flush();
            Map<String, Instant> queryProbes = publishProbes(producer, config, "q", "The parking was full");

            Instant initiativeChanged = Instant.now();
            KafkaTestClients.send(producer, config.topicName(Topics.INITIATIVES), "live",
                    Events.json(Events.initiativeAround(initiativeChanged, "live", "lille", InitiativeStatus.ACTIVE,
                            "LIVE42")));
            producer.flush();
            Map<String, Instant> codeProbes = publishProbes(producer, config, "i", "Code LIVE42 at the till");

            Map<String, Feedback> feedback = readFeedback(config,
                    all -> all.keySet().containsAll(ids(queryProbes)) && all.keySet().containsAll(ids(codeProbes)));
            job.cancel().get();

            Duration queryDelay = firstAffected(queryProbes, feedback, f -> f.queryMatches().stream()
                    .map(QueryMatch::queryId).anyMatch("q-live"::equals), queryChanged);
            Duration initiativeDelay = firstAffected(codeProbes, feedback, f -> f.attributions().stream()
                    .map(Attribution::initiativeId).anyMatch("live"::equals), initiativeChanged);
            System.out.printf("saved query took effect after %d ms, initiative after %d ms%n", queryDelay.toMillis(),
                    initiativeDelay.toMillis());
            assertThat(queryDelay).isLessThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(initiativeDelay).isLessThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    /**
     * How long after the change the first affected probe was published; every later probe must be affected too, so a
     * change never comes and goes.
     */
    private static Duration firstAffected(Map<String, Instant> probes, Map<String, Feedback> feedback,
            Predicate<Feedback> affected, Instant changed) {
        Instant first = null;
        for (Map.Entry<String, Instant> probe : probes.entrySet()) {
            boolean isAffected = affected.test(feedback.get("review:" + probe.getKey()));
            if (first == null && isAffected) {
                first = probe.getValue();
            }
            assertThat(isAffected || first == null).as("probe %s after the change took effect", probe.getKey())
                    .isTrue();
        }
        assertThat(first).as("some probe was affected by the change").isNotNull();
        return Duration.between(changed, first);
    }

    private static Map<String, Instant> publishProbes(KafkaProducer<byte[], byte[]> producer, PullwatchConfig config,
            String prefix, String text) throws InterruptedException {
        Map<String, Instant> published = new LinkedHashMap<>();
        for (int i = 0; i < PROBES; i++) {
            String id = prefix + "-probe-" + i;
            published.put(id, publishProbe(producer, config, id, text));
            Thread.sleep(PROBE_GAP.toMillis());
        }
        return published;
    }

    private static Instant publishProbe(KafkaProducer<byte[], byte[]> producer, PullwatchConfig config, String id,
            String text) {
        Instant now = Instant.now();
        Review review = Events.review(id, "lille", 3, text, now);
        KafkaTestClients.send(producer, config.topicName(Topics.REVIEWS), review.id(), Events.json(review));
        producer.flush();
        return now;
    }

    private static List<String> ids(Map<String, Instant> probes) {
        return probes.keySet().stream().map(id -> "review:" + id).toList();
    }

    private static Map<String, Feedback> readFeedback(PullwatchConfig config, Predicate<Map<String, Feedback>> done)
            throws Exception {
        Map<String, Feedback> byId = new HashMap<>();
        KafkaTestClients.readUntil(cluster.kafka().bootstrapServers(), config.topicName(Topics.FEEDBACK), Duration.ZERO,
                Duration.ofSeconds(90), records -> {
                    for (var record : records) {
                        try {
                            Feedback feedback = JSON.readValue(record.value(), Feedback.class);
                            byId.put(feedback.feedbackId(), feedback);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return done.test(byId);
                });
        return byId;
    }
}
