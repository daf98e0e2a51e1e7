package io.pullwatch.search.index;

import io.pullwatch.core.query.IndexedFeedback;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index up with the feedback topic: one thread and one read_committed consumer per partition (so that
 * indexing uses every core), no consumer group, positions taken from the index's last commit (or the beginning), and
 * a commit of documents and positions every commit interval. A record that cannot be decoded (it was validated
 * upstream, so this should not happen) is logged, counted and passed over with its offset.
 */
public final class IndexerService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexerService.class);
    private static final Duration POLL = Duration.ofMillis(50);
    /** A poll returning this many records means a backlog (steady traffic brings far fewer per poll). */
    private static final int BACKLOG = 2_000;

    private final String bootstrapServers;
    private final String topic;
    private final FeedbackIndex index;
    private final Retention retention;
    private final IndexedFeedbackReader reader = new IndexedFeedbackReader();
    private final List<PartitionReader> readers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService maintenance =
            Executors.newSingleThreadScheduledExecutor(r -> BackgroundThreads.named(r, "search-index-commit"));
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong undecodable = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();

    public IndexerService(String bootstrapServers, String topic, FeedbackIndex index, Retention retention) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.index = index;
        this.retention = retention;
    }

    /** Starts a reader per partition and the periodic commit and retention; returns at once. */
    public void start(Duration commitInterval) {
        List<PartitionInfo> partitions;
        try (KafkaConsumer<byte[], byte[]> probe = consumer()) {
            partitions = probe.partitionsFor(topic, Duration.ofSeconds(30));
        }
        if (partitions == null || partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        Map<Integer, Long> resumeAt = index.committedOffsets();
        for (PartitionInfo p : partitions) {
            PartitionReader r = new PartitionReader(new TopicPartition(topic, p.partition()), resumeAt.get(p.partition()));
            readers.add(r);
        }
        readers.forEach(r -> r.thread.start()); // each looks at the others' backlog: all are listed first
        long every = commitInterval.toMillis();
        maintenance.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(this::applyRetentionQuietly, 0, 60, TimeUnit.SECONDS);
    }

    public long indexed() {
        return indexed.get();
    }

    public long undecodable() {
        return undecodable.get();
    }

    public long expired() {
        return expired.get();
    }

    /** Records read so far (indexed, undecodable or expired). */
    public long read() {
        return indexed.get() + undecodable.get() + expired.get();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000,
                // Large fetches while catching up (the default 1 MiB per partition leaves the thread waiting on
                // round trips); a short wait when caught up, which bounds event-to-searchable latency.
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20,
                ConsumerConfig.CLIENT_ID_CONFIG, "pullwatch-search-indexer"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private void index(ConsumerRecord<byte[], byte[]> record) throws IOException {
        if (record.value() == null) {
            undecodable.incrementAndGet();
            return;
        }
        IndexedFeedback feedback;
        try {
            feedback = reader.read(record.value());
        } catch (IOException | RuntimeException e) {
            undecodable.incrementAndGet();
            LOG.warn("feedback record {}-{}@{} cannot be decoded and is not indexed: {}", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return;
        }
        if (retention.isExpired(feedback.createdAt())) {
            expired.incrementAndGet();
            return;
        }
        index.index(feedback, record.value());
        indexed.incrementAndGet();
    }

    private void commitQuietly() {
        try {
            index.commit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index commit failed; retrying at the next interval", e);
        }
    }

    private void applyRetentionQuietly() {
        try {
            long removed = retention.apply(index);
            if (removed > 0) {
                LOG.info("retention removed {} feedback records written before {}", removed, retention.cutoff());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("retention failed; retrying in a minute", e);
        }
    }

    /** Stops reading, then commits what was indexed. The index stays open: its owner closes it. */
    @Override
    public void close() {
        maintenance.shutdown(); // not shutdownNow: an interrupt in the middle of a commit would break the writer
        readers.forEach(PartitionReader::stop);
        for (PartitionReader r : readers) {
            try {
                r.thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            maintenance.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commitQuietly();
    }

    /** Reads one partition into the index. */
    private final class PartitionReader implements Runnable {
        private final TopicPartition partition;
        private final Long resumeAt;
        private final KafkaConsumer<byte[], byte[]> consumer = consumer();
        private final Thread thread;
        private volatile boolean running = true;
        /** The last poll was a full batch's worth: there is a backlog to work through. */
        private volatile boolean behind;

        PartitionReader(TopicPartition partition, Long resumeAt) {
            this.partition = partition;
            this.resumeAt = resumeAt;
            this.thread = BackgroundThreads.named(this, "search-indexer-" + partition.partition());
        }

        @Override
        public void run() {
            try (consumer) {
                consumer.assign(List.of(partition));
                if (resumeAt == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, resumeAt);
                }
                while (running) {
                    ConsumerRecords<byte[], byte[]> batch = consumer.poll(POLL);
                    behind = batch.count() >= BACKLOG;
                    index.catchingUp(readers.stream().anyMatch(r -> r.behind));
                    for (ConsumerRecord<byte[], byte[]> record : batch) {
                        index(record);
                    }
                    // The position also steps over transaction markers, which are never returned as records.
                    index.advance(partition.partition(), consumer.position(partition));
                }
            } catch (WakeupException stopping) {
                // close() woke the consumer up
            } catch (IOException | RuntimeException e) {
                LOG.error("indexing {} stopped", partition, e);
            }
        }

        void stop() {
            running = false;
            consumer.wakeup();
        }
    }
}
