package io.pullwatch.search.saved;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SavedQueryPublisherTest {

    private static EmbeddedKafkaBroker kafka;
    private static final String TOPIC = Topics.SAVED_QUERIES.defaultName();

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaBroker.start(0);
        kafka.createTopic(TOPIC, Topics.SAVED_QUERIES.partitions(), true);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void publishesTheQueryKeyedByIdAndATombstoneToDelete() throws Exception {
        SavedQuery query = new SavedQuery(1, "q-queues", "queue* OR \"file d'attente\"~2", "Queues", "marketing",
                Instant.parse("2025-03-01T09:30:00Z"));
        try (SavedQueryPublisher publisher = new SavedQueryPublisher(kafka.bootstrapServers(), TOPIC)) {
            publisher.publish(query);
            publisher.delete("q-queues");
        }

        var records = KafkaTestClients.readUntil(kafka.bootstrapServers(), TOPIC, Duration.ofMillis(300),
                Duration.ofSeconds(20), r -> r.size() >= 2);

        assertThat(records).hasSize(2);
        assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("q-queues");
        assertThat(JsonMappers.create().readValue(records.get(0).value(), SavedQuery.class)).isEqualTo(query);
        assertThat(new String(records.get(1).key(), StandardCharsets.UTF_8)).isEqualTo("q-queues");
        assertThat(records.get(1).value()).isNull();
    }
}
