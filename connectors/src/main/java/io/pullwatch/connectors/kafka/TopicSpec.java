package io.pullwatch.connectors.kafka;

import java.io.Serializable;
import org.apache.flink.util.function.SerializableFunction;

/**
 * One logical topic: its default name, how it is laid out, and how its records are keyed and encoded. Output
 * topics carry JSON of {@code type}; input topics carry raw bytes that the pipeline parses and validates itself, so
 * that a bad record becomes a dead letter instead of a failed job.
 *
 * @param keyOf the Kafka key of a record, which decides its partition and, on compacted topics, what it replaces
 */
public record TopicSpec<T>(
        String logicalName,
        String defaultName,
        int partitions,
        boolean compacted,
        Class<T> type,
        SerializableFunction<T, String> keyOf,
        String guarantee) implements Serializable {}
