package io.pullwatch.connectors.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka clients for tests: publish bytes, and read what read_committed consumers see. */
public final class KafkaTestClients {

    private KafkaTestClients() {}

    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static void send(KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value));
    }

    /** Every committed record of {@code topic}, read from the beginning until nothing new arrives for {@code quiet}. */
    public static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic, Duration quiet) {
        return readUntil(bootstrap, topic, quiet, Duration.ZERO, records -> true);
    }

    /**
     * Reads committed records of {@code topic} from the beginning until {@code done} holds and nothing new arrived
     * for {@code quiet}, or {@code timeout} passes.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readUntil(String bootstrap, String topic, Duration quiet,
            Duration timeout, Predicate<List<ConsumerRecord<byte[], byte[]>>> done) {
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            long lastNews = System.nanoTime();
            while (true) {
                var batch = consumer.poll(Duration.ofMillis(100));
                batch.forEach(all::add);
                long now = System.nanoTime();
                if (!batch.isEmpty()) {
                    lastNews = now;
                }
                boolean quietEnough = now - lastNews >= quiet.toNanos();
                if ((quietEnough && done.test(all)) || (!timeout.isZero() && now > deadline)) {
                    return all;
                }
            }
        }
    }
}
