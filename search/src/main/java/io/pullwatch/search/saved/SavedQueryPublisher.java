package io.pullwatch.search.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes saved queries to the saved-queries changelog, keyed by id, as the pipeline reads it: a create or change
 * is the query's JSON, a deletion a tombstone (the key, no value). Each call waits for the broker's acknowledgement.
 */
public final class SavedQueryPublisher implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;
    private final ObjectMapper json = JsonMappers.create();

    public SavedQueryPublisher(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.CLIENT_ID_CONFIG, "pullwatch-search-saved-queries"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    public void publish(SavedQuery query) {
        try {
            send(query.id(), json.writeValueAsBytes(query));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved query cannot be written as JSON", e);
        }
    }

    public void delete(String id) {
        send(id, null);
    }

    private void send(String id, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, id.getBytes(StandardCharsets.UTF_8), value))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing saved query " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("saved query " + id + " could not be published: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
