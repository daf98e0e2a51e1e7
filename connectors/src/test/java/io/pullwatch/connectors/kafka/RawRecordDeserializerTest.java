package io.pullwatch.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.RawRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class RawRecordDeserializerTest {

    private final RawRecordDeserializer deserializer = new RawRecordDeserializer();

    @Test
    void carriesCoordinatesKeyAndValueOver() throws Exception {
        byte[] key = "rev-1".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{\"id\":\"rev-1\",\"text\":\"café ☕\"}".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("pullwatch.reviews", 1, 4242L,
                1_740_830_400_123L, TimestampType.CREATE_TIME, key.length, value.length, key, value,
                new RecordHeaders(), Optional.empty());

        RawRecord raw = deserializeOne(record);

        assertThat(raw.topic()).isEqualTo("pullwatch.reviews");
        assertThat(raw.partition()).isEqualTo(1);
        assertThat(raw.offset()).isEqualTo(4242L);
        assertThat(raw.timestamp()).isEqualTo(1_740_830_400_123L);
        assertThat(raw.key()).containsExactly(key);
        assertThat(raw.value()).containsExactly(value);
    }

    @Test
    void nullKeyAndValueAreCarriedAsNull() throws Exception {
        RawRecord raw = deserializeOne(new ConsumerRecord<>("pullwatch.mentions", 0, 7L, null, null));

        assertThat(raw.topic()).isEqualTo("pullwatch.mentions");
        assertThat(raw.partition()).isZero();
        assertThat(raw.offset()).isEqualTo(7L);
        assertThat(raw.timestamp()).isEqualTo(ConsumerRecord.NO_TIMESTAMP);
        assertThat(raw.key()).isNull();
        assertThat(raw.value()).isNull();
    }

    /** Parsing happens later, where a failure becomes a dead letter: garbage must pass through untouched. */
    @Test
    void invalidBytesPassThroughUnparsed() throws Exception {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, '{', 0, 'x'};
        RawRecord raw = deserializeOne(new ConsumerRecord<>("pullwatch.reviews", 1, 0L, null, garbage));

        assertThat(raw.value()).containsExactly((byte) 0xff, (byte) 0xfe, (byte) '{', (byte) 0, (byte) 'x');
    }

    @Test
    void emitsExactlyOneRecordPerKafkaRecord() throws Exception {
        List<RawRecord> out = new ArrayList<>();
        ListCollector<RawRecord> collector = new ListCollector<>(out);
        deserializer.deserialize(new ConsumerRecord<>("t", 0, 1L, null, new byte[] {1}), collector);
        deserializer.deserialize(new ConsumerRecord<>("t", 0, 2L, null, new byte[] {2}), collector);

        assertThat(out).extracting(RawRecord::offset).containsExactly(1L, 2L);
    }

    @Test
    void producesRawRecords() {
        TypeInformation<RawRecord> type = deserializer.getProducedType();

        assertThat(type.getTypeClass()).isEqualTo(RawRecord.class);
    }

    private RawRecord deserializeOne(ConsumerRecord<byte[], byte[]> record) throws Exception {
        List<RawRecord> out = new ArrayList<>();
        deserializer.deserialize(record, new ListCollector<>(out));
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
