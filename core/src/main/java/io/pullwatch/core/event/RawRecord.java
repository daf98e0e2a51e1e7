package io.pullwatch.core.event;

/**
 * One record as it came off an input topic, before parsing: its coordinates (to cite in a dead letter) and bytes.
 * Free of Kafka types so that the pipeline can be fed from files or tests as well.
 */
public record RawRecord(
        String topic,
        int partition,
        long offset,
        long timestamp,
        byte[] key,
        byte[] value) {}
