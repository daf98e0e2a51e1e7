package io.pullwatch.connectors.kafka;

import io.pullwatch.core.event.RawRecord;
import java.util.Objects;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

/** Builds the Kafka sources and sinks of the pipeline. Every argument is checked here, before a job is submitted. */
public final class KafkaEdges {

    /**
     * Brokers cap transactions at transaction.max.timeout.ms (15 min by default); Flink's producer default of one
     * hour would be refused, so stay under the cap.
     */
    static final String TRANSACTION_TIMEOUT_MS = String.valueOf(10 * 60 * 1000);

    private KafkaEdges() {}

    /**
     * @param bounded stop at the offsets that are latest when the job starts (backtests, benchmarks, tests)
     */
    public static KafkaSource<RawRecord> rawSource(String bootstrapServers, String topic, String groupId,
            OffsetsInitializer startingOffsets, boolean bounded) {
        requireText("bootstrapServers", bootstrapServers);
        requireText("topic", topic);
        requireText("groupId", groupId);
        KafkaSourceBuilder<RawRecord> builder = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(Objects.requireNonNull(startingOffsets, "startingOffsets"))
                .setDeserializer(new RawRecordDeserializer())
                .setProperty("isolation.level", "read_committed")
                .setProperty("partition.discovery.interval.ms", "10000");
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    /**
     * @param transactionalIdPrefix required for exactly-once; must be unique per job and topic on a cluster
     */
    public static <T> KafkaSink<T> jsonSink(String bootstrapServers, TopicSpec<T> spec, String topicName,
            DeliveryGuarantee guarantee, String transactionalIdPrefix) {
        requireText("bootstrapServers", bootstrapServers);
        requireText("topicName", topicName);
        Objects.requireNonNull(spec, "spec");
        if (spec.keyOf() == null) {
            throw new IllegalArgumentException("topic " + spec.logicalName() + " is an input topic, not a sink");
        }
        var builder = KafkaSink.<T>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(new JsonRecordSerializer<>(spec, topicName))
                .setDeliveryGuarantee(Objects.requireNonNull(guarantee, "guarantee"))
                .setProperty("transaction.timeout.ms", TRANSACTION_TIMEOUT_MS)
                // Large batches: the per-request cost dominates small records (measured: 16 KiB batches
                // halve throughput on one broker); 10 ms of linger bounds the latency this adds.
                .setProperty("compression.type", "lz4")
                .setProperty("batch.size", String.valueOf(256 * 1024))
                .setProperty("linger.ms", "10");
        if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            requireText("transactionalIdPrefix", transactionalIdPrefix);
            builder.setTransactionalIdPrefix(transactionalIdPrefix);
        }
        return builder.build();
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
