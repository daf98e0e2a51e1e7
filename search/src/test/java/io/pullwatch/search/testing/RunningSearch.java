package io.pullwatch.search.testing;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.search.SearchServer;
import io.pullwatch.search.config.SearchConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * The whole search service for tests: an in-process broker with the feedback and saved-queries topics, the server on
 * a free port with an index in a temp directory, one token per role, and the test corpus indexed.
 */
public final class RunningSearch implements AutoCloseable {

    public static final String MARKETING = "marketing-token-000001";
    public static final String OPERATIONS = "operations-token-00001";
    public static final String LILLE = "lille-manager-token-001";

    private final EmbeddedKafkaBroker kafka;
    private final SearchServer server;
    private final Path indexDir;

    private RunningSearch(EmbeddedKafkaBroker kafka, SearchServer server, Path indexDir) {
        this.kafka = kafka;
        this.server = server;
        this.indexDir = indexDir;
    }

    /** Starts everything and waits until the corpus is searchable; {@code settings} override the test defaults. */
    public static RunningSearch start(Map<String, String> settings) throws Exception {
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(0);
        kafka.createTopic(Topics.FEEDBACK.defaultName(), Topics.FEEDBACK.partitions(), false);
        kafka.createTopic(Topics.SAVED_QUERIES.defaultName(), 1, true);
        Path indexDir = Files.createTempDirectory("search-test-index");
        Map<String, String> all = new HashMap<>(Map.of(
                "kafka.bootstrap-servers", kafka.bootstrapServers(),
                "search.port", "0",
                "search.index-dir", indexDir.toString(),
                "search.retention", "100000 d",
                "search.tokens", MARKETING + "=marketing," + OPERATIONS + "=operations," + LILLE
                        + "=store-manager:lille-centre"));
        all.putAll(settings);
        SearchServer server = SearchServer.start(SearchConfig.of(all), Clock.systemUTC());
        RunningSearch running = new RunningSearch(kafka, server, indexDir);
        running.publish(TestFeedback.corpus());
        running.awaitDocuments(TestFeedback.corpus().size());
        return running;
    }

    public String address() {
        return server.address();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public SearchServer server() {
        return server;
    }

    public void publish(List<Feedback> feedback) {
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(kafka.bootstrapServers())) {
            for (Feedback f : feedback) {
                KafkaTestClients.send(producer, Topics.FEEDBACK.defaultName(), f.feedbackId(), TestFeedback.json(f));
            }
        }
    }

    public void awaitDocuments(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.index().documentCount() < count || server.indexer().indexed() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the corpus was not indexed within 30 s");
            }
            Thread.sleep(20);
        }
        try {
            server.index().refresh();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        kafka.close();
        try (var files = Files.walk(indexDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
