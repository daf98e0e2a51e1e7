package io.pullwatch.search.saved;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.SavedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SavedQueryCatalogTest {

    private static final String TOPIC = "saved-queries-catalog-test";
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaBroker.start(0);
        kafka.createTopic(TOPIC, 1, true);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    private static SavedQuery query(String id, String text) {
        return new SavedQuery(1, id, text, id, "marketing", Instant.parse("2025-03-01T09:30:00Z"));
    }

    @Test
    void followsTheChangelogLatestVersionPerIdTombstonesRemoving() throws Exception {
        try (SavedQueryPublisher publisher = new SavedQueryPublisher(kafka.bootstrapServers(), TOPIC);
                var producer = KafkaTestClients.producer(kafka.bootstrapServers())) {
            publisher.publish(query("a", "queue"));
            publisher.publish(query("b", "late"));
            publisher.publish(query("a", "queue*"));
            publisher.delete("b");
            KafkaTestClients.send(producer, TOPIC, "bad", "{oops".getBytes(StandardCharsets.UTF_8));
            KafkaTestClients.send(producer, TOPIC, "c", "{}".getBytes(StandardCharsets.UTF_8));
            producer.flush();

            try (SavedQueryCatalog catalog = new SavedQueryCatalog(kafka.bootstrapServers(), TOPIC)) {
                catalog.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (catalog.get("a").map(q -> !q.query().equals("queue*")).orElse(true)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                publisher.publish(query("d", "rude"));
                while (catalog.get("d").isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }

                assertThat(catalog.list()).extracting(SavedQuery::id).containsExactly("a", "d");
                assertThat(catalog.get("a").orElseThrow().query()).isEqualTo("queue*");

                catalog.put(query("e", "local"));
                catalog.remove("d");
                assertThat(catalog.list()).extracting(SavedQuery::id).containsExactly("a", "e");
            }
        }
    }
}
