package io.pullwatch.connectors.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes records of one output topic as JSON, keyed as its {@link TopicSpec} says. */
public final class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {

    private final TopicSpec<T> spec;
    private final String topicName;
    private transient ObjectMapper mapper;

    public JsonRecordSerializer(TopicSpec<T> spec, String topicName) {
        this.spec = spec;
        this.topicName = topicName;
    }

    @Override
    public void open(SerializationSchema.InitializationContext context, KafkaSinkContext sinkContext) {
        mapper = JsonMappers.create();
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
        if (mapper == null) {
            mapper = JsonMappers.create();
        }
        String key = spec.keyOf().apply(element);
        try {
            // No event-time timestamp on output: brokers refuse records stamped too far from their clock
            // (log.message.timestamp.*.max.ms), and a skewed producer clock must not fail the job.
            return new ProducerRecord<>(topicName, null, null,
                    key == null ? null : key.getBytes(StandardCharsets.UTF_8), mapper.writeValueAsBytes(element));
        } catch (JsonProcessingException e) {
            // Our own records always serialize; a failure here is a programming error and must stop the job.
            throw new IllegalStateException("cannot serialize " + spec.type().getSimpleName(), e);
        }
    }
}
