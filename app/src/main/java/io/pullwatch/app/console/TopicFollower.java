package io.pullwatch.app.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows one topic as a read_committed consumer (exactly-once output is visible only once committed) and hands each
 * record to a callback until {@link #stop()}. Uses a throw-away group: following never moves anyone's offsets.
 */
public final class TopicFollower implements AutoCloseable, Runnable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Consumer<ConsumerRecord<byte[], byte[]>> onRecord;
    private volatile boolean running = true;

    public TopicFollower(String bootstrapServers, String topic, boolean fromBeginning,
            Consumer<ConsumerRecord<byte[], byte[]>> onRecord) {
        this.onRecord = onRecord;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "pullwatch-tail-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    @Override
    public void run() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(onRecord);
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer up: leave the loop.
        } finally {
            consumer.close();
        }
    }

    public void stop() {
        running = false;
        consumer.wakeup();
    }

    /** Starts following on a daemon thread. */
    public Thread startInBackground(String name) {
        Thread thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void close() {
        stop();
    }
}
