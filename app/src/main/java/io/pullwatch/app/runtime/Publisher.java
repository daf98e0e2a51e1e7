package io.pullwatch.app.runtime;

import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.ReplayPublisher;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Publishes records to the configured input topics with a durable, idempotent producer. */
public final class Publisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    /** Kafka topic by logical name, resolved once: publishing looks it up for every record. */
    private final Map<String, String> topicNames;

    public Publisher(PullwatchConfig config) {
        this.topicNames = Topics.ALL.stream().collect(Collectors.toUnmodifiableMap(TopicSpec::logicalName,
                config::topicName));
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(PullwatchOptions.BOOTSTRAP_SERVERS),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** @param speed event-time seconds per wall-clock second; 0 for as fast as possible */
    public long publish(Iterator<ReplayRecord> records, double speed, LongConsumer progress) {
        return new ReplayPublisher(producer, topicNames::get, speed).publish(records, progress);
    }

    @Override
    public void close() {
        producer.close();
    }
}
