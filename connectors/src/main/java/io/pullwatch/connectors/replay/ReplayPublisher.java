package io.pullwatch.connectors.replay;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes a recorded stream to Kafka, either as fast as possible or paced by the events' own timestamps sped up
 * {@code speed} times. Pacing follows event time, so a burst in the recording is a burst on the topic.
 */
public final class ReplayPublisher {

    private final Producer<byte[], byte[]> producer;
    private final Function<String, String> topicNameOf;
    private final double speed;

    /**
     * @param topicNameOf the configured topic name of a logical topic
     * @param speed event-time seconds per wall-clock second; 0 or less publishes as fast as possible
     */
    public ReplayPublisher(Producer<byte[], byte[]> producer, Function<String, String> topicNameOf, double speed) {
        this.producer = producer;
        this.topicNameOf = topicNameOf;
        this.speed = speed;
    }

    /**
     * Publishes every record in order; returns how many were sent. {@code progress} hears the running count.
     *
     * @throws IllegalStateException if Kafka refused any record (the first failure is the cause), or if interrupted
     */
    public long publish(Iterator<ReplayRecord> records, LongConsumer progress) {
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        Callback failures = (metadata, exception) -> {
            if (exception != null) {
                firstFailure.compareAndSet(null, exception);
            }
        };
        long sent = 0;
        long wallStart = System.nanoTime();
        Instant firstEventTime = null;
        while (records.hasNext()) {
            ReplayRecord record = records.next();
            if (speed > 0 && record.eventTime() != null) {
                firstEventTime = firstEventTime == null ? record.eventTime() : firstEventTime;
                waitUntil(wallStart, firstEventTime, record.eventTime());
            }
            byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
            producer.send(new ProducerRecord<>(topicNameOf.apply(record.topic().logicalName()), key, record.value()),
                    failures);
            progress.accept(++sent);
        }
        producer.flush();
        if (firstFailure.get() != null) {
            throw new IllegalStateException("Kafka refused records: " + firstFailure.get().getMessage(),
                    firstFailure.get());
        }
        return sent;
    }

    /** The non-blank lines of a recorded stream, mapped lazily so that large files stream through. */
    public static Iterator<ReplayRecord> lines(BufferedReader reader, Function<String, ReplayRecord> mapping) {
        return reader.lines().filter(line -> !line.isBlank()).map(mapping).iterator();
    }

    private void waitUntil(long wallStart, Instant first, Instant eventTime) {
        long dueNanos = wallStart + (long) ((eventTime.toEpochMilli() - first.toEpochMilli()) * 1_000_000L / speed);
        if (dueNanos - System.nanoTime() > 0) {
            producer.flush();
        }
        // parkNanos may return early: keep waiting until the record is due.
        for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("replay interrupted");
            }
            LockSupport.parkNanos(wait);
        }
    }
}
