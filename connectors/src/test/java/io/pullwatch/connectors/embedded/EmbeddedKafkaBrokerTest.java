package io.pullwatch.connectors.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmbeddedKafkaBrokerTest {

    private static final String EVENTS = "events";
    private static final String STATE = "state";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void transactionalRoundTripOnSingleNode() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0);
        String bootstrap = broker.bootstrapServers();
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");
        int port = Integer.parseInt(bootstrap.substring(bootstrap.indexOf(':') + 1));
        try {
            broker.createTopic(EVENTS, 2, false);
            broker.createTopic(STATE, 1, true);
            broker.createTopic(EVENTS, 2, false); // idempotent
            assertTopics(bootstrap);

            try (KafkaProducer<String, String> producer = transactionalProducer(bootstrap)) {
                producer.initTransactions();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>(EVENTS, 0, "a", "committed-0"));
                producer.send(new ProducerRecord<>(EVENTS, 1, "b", "committed-1"));
                producer.send(new ProducerRecord<>(STATE, "k", "v1"));
                producer.commitTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>(EVENTS, 0, "a", "aborted"));
                producer.flush();
                producer.abortTransaction();

                producer.beginTransaction();
                producer.send(new ProducerRecord<>(EVENTS, 0, "a", "after-abort"));
                producer.commitTransaction();
            }

            // "after-abort" follows the aborted record in partition 0, so seeing it proves the aborted one was skipped.
            assertThat(readCommitted(bootstrap, EVENTS, 2, 3)).containsExactlyInAnyOrder("committed-0", "committed-1", "after-abort");
            assertThat(readCommitted(bootstrap, STATE, 1, 1)).containsExactly("v1");
        } finally {
            broker.close();
        }
        assertThatCode(broker::close).doesNotThrowAnyException();

        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    private static void assertTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            assertThat(admin.listTopics().names().get()).contains(EVENTS, STATE);
            assertThat(admin.describeTopics(List.of(EVENTS)).allTopicNames().get().get(EVENTS).partitions()).hasSize(2);
            ConfigResource state = new ConfigResource(ConfigResource.Type.TOPIC, STATE);
            Config config = admin.describeConfigs(List.of(state)).all().get().get(state);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    private static KafkaProducer<String, String> transactionalProducer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-broker-test",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000),
                new StringSerializer(), new StringSerializer());
    }

    /** Reads all partitions from the start with read_committed until {@code expected} values arrive. */
    private static List<String> readCommitted(String bootstrap, String topic, int partitions, int expected) {
        List<TopicPartition> assignment = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            assignment.add(new TopicPartition(topic, p));
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(assignment);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    /** The broker's and the controller's ports must differ: picked one at a time, they once came out the same. */
    @Test
    void picksDistinctFreePortsTogether() throws Exception {
        for (int round = 0; round < 20; round++) {
            int[] ports = EmbeddedKafkaBroker.freePorts(3);
            assertThat(ports).hasSize(3).doesNotHaveDuplicates().doesNotContain(0);
            for (int port : ports) {
                try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                    assertThat(socket.getLocalPort()).isEqualTo(port); // released again for the broker to bind
                }
            }
        }
    }
}
