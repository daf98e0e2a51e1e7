package io.pullwatch.search.saved;

import com.fasterxml.jackson.databind.ObjectReader;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.json.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved queries in force: the saved-queries changelog read from its beginning and followed, latest version per
 * key, tombstones removing. What this service publishes is applied at once too, so a list right after a create
 * shows it. Records that are not valid saved queries are passed over (the pipeline dead-letters them).
 */
public final class SavedQueryCatalog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SavedQueryCatalog.class);

    private final Map<String, SavedQuery> byId = new ConcurrentHashMap<>();
    private final ObjectReader reader = JsonMappers.create().readerFor(SavedQuery.class);
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final Thread follower;
    private volatile boolean running = true;

    public SavedQueryCatalog(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "pullwatch-search-saved-query-catalog"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.follower = new Thread(this::follow, "saved-query-catalog");
        this.follower.setDaemon(true);
    }

    public void start() {
        follower.start();
    }

    public List<SavedQuery> list() {
        return byId.values().stream().sorted(Comparator.comparing(SavedQuery::id)).toList();
    }

    public Optional<SavedQuery> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public void put(SavedQuery query) {
        byId.put(query.id(), query);
    }

    public void remove(String id) {
        byId.remove(id);
    }

    private void follow() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
            }
        } catch (WakeupException stopping) {
            // close()
        } catch (RuntimeException e) {
            LOG.error("saved-query catalog stopped following {}", topic, e);
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            byId.remove(key);
            return;
        }
        try {
            SavedQuery query = reader.readValue(record.value());
            if (key.equals(query.id())) {
                byId.put(key, query);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("saved query record {} is not valid and is passed over: {}", key, e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        if (!follower.isAlive()) {
            consumer.close();
            return;
        }
        consumer.wakeup();
        try {
            follower.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
