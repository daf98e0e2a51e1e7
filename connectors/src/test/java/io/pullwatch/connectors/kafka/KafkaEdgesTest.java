package io.pullwatch.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.RawRecord;
import java.lang.reflect.Method;
import java.util.Properties;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Building sources and sinks never connects to Kafka: an unreachable bootstrap address is fine here. */
class KafkaEdgesTest {

    private static final String BOOTSTRAP = "127.0.0.1:1";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rawSourceRejectsBlankBootstrapServers(String blank) {
        assertThatThrownBy(() -> KafkaEdges.rawSource(blank, "pullwatch.reviews", "g", OffsetsInitializer.earliest(),
                false)).isInstanceOf(IllegalArgumentException.class).hasMessage("bootstrapServers must not be blank");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rawSourceRejectsBlankTopic(String blank) {
        assertThatThrownBy(() -> KafkaEdges.rawSource(BOOTSTRAP, blank, "g", OffsetsInitializer.earliest(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("topic must not be blank");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rawSourceRejectsBlankGroupId(String blank) {
        assertThatThrownBy(() -> KafkaEdges.rawSource(BOOTSTRAP, "pullwatch.reviews", blank,
                OffsetsInitializer.earliest(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("groupId must not be blank");
    }

    @Test
    void rawSourceRejectsMissingStartingOffsets() {
        assertThatThrownBy(() -> KafkaEdges.rawSource(BOOTSTRAP, "pullwatch.reviews", "g", null, false))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startingOffsets");
    }

    @Test
    void rawSourceBuildsUnboundedReadCommittedSource() throws Exception {
        KafkaSource<RawRecord> source =
                KafkaEdges.rawSource(BOOTSTRAP, "pullwatch.reviews", "pullwatch-job", OffsetsInitializer.earliest(), false);

        assertThat(source).isNotNull();
        assertThat(source.getBoundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
        assertThat(source.getProducedType().getTypeClass()).isEqualTo(RawRecord.class);
        Properties props = (Properties) field(source, "props");
        assertThat(props.getProperty("bootstrap.servers")).isEqualTo(BOOTSTRAP);
        assertThat(props.getProperty("group.id")).isEqualTo("pullwatch-job");
        assertThat(props.getProperty("isolation.level")).isEqualTo("read_committed");
        assertThat(props.getProperty("partition.discovery.interval.ms")).isEqualTo("10000");
        assertThat(field(source, "deserializationSchema")).isInstanceOf(RawRecordDeserializer.class);
    }

    @Test
    void boundedRawSourceIsBounded() {
        KafkaSource<RawRecord> source =
                KafkaEdges.rawSource(BOOTSTRAP, "pullwatch.mentions", "backtest", OffsetsInitializer.earliest(), true);

        assertThat(source.getBoundedness()).isEqualTo(Boundedness.BOUNDED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void jsonSinkRejectsBlankBootstrapServers(String blank) {
        assertThatThrownBy(() -> KafkaEdges.jsonSink(blank, Topics.ALERTS, "pullwatch.alerts",
                DeliveryGuarantee.AT_LEAST_ONCE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bootstrapServers must not be blank");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void jsonSinkRejectsBlankTopicName(String blank) {
        assertThatThrownBy(() -> KafkaEdges.jsonSink(BOOTSTRAP, Topics.ALERTS, blank,
                DeliveryGuarantee.AT_LEAST_ONCE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("topicName must not be blank");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void exactlyOnceSinkRequiresTransactionalIdPrefix(String blank) {
        assertThatThrownBy(() -> KafkaEdges.jsonSink(BOOTSTRAP, Topics.ALERTS, "pullwatch.alerts",
                DeliveryGuarantee.EXACTLY_ONCE, blank))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("transactionalIdPrefix must not be blank");
    }

    @Test
    void inputTopicCannotBeASink() {
        assertThatThrownBy(() -> KafkaEdges.jsonSink(BOOTSTRAP, Topics.REVIEWS, "pullwatch.reviews",
                DeliveryGuarantee.AT_LEAST_ONCE, null))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessage("topic reviews is an input topic, not a sink");
        assertThatThrownBy(() -> KafkaEdges.jsonSink(BOOTSTRAP, Topics.INITIATIVES, "pullwatch.initiatives",
                DeliveryGuarantee.EXACTLY_ONCE, "job-initiatives"))
                .hasMessageContaining("initiatives is an input topic");
    }

    @Test
    void jsonSinkRequiresAGuarantee() {
        assertThatThrownBy(() -> KafkaEdges.jsonSink(BOOTSTRAP, Topics.ALERTS, "pullwatch.alerts", null, "p"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("guarantee");
    }

    @Test
    void exactlyOnceSinkBuildsWithPrefixAndBrokerCompatibleTransactionTimeout() throws Exception {
        KafkaSink<Alert> sink = KafkaEdges.jsonSink(BOOTSTRAP, Topics.ALERTS, "acme.alerts",
                DeliveryGuarantee.EXACTLY_ONCE, "pullwatch-alerts");

        assertThat(sink).isNotNull();
        assertThat(field(sink, "deliveryGuarantee")).isEqualTo(DeliveryGuarantee.EXACTLY_ONCE);
        assertThat(field(sink, "transactionalIdPrefix")).isEqualTo("pullwatch-alerts");
        assertThat(field(sink, "recordSerializer")).isInstanceOf(JsonRecordSerializer.class);
        Properties config = producerConfig(sink);
        assertThat(config.getProperty("bootstrap.servers")).isEqualTo(BOOTSTRAP);
        // brokers cap transactions at transaction.max.timeout.ms, 15 minutes by default
        assertThat(Long.parseLong(config.getProperty("transaction.timeout.ms"))).isEqualTo(600_000L)
                .isLessThanOrEqualTo(15 * 60 * 1000L);
        assertThat(config.getProperty("compression.type")).isEqualTo("lz4");
    }

    @Test
    void atLeastOnceSinkBuildsWithoutPrefix() throws Exception {
        KafkaSink<Alert> sink = KafkaEdges.jsonSink(BOOTSTRAP, Topics.ALERTS, "pullwatch.alerts",
                DeliveryGuarantee.AT_LEAST_ONCE, null);

        assertThat(sink).isNotNull();
        assertThat(field(sink, "deliveryGuarantee")).isEqualTo(DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(KafkaEdges.jsonSink(BOOTSTRAP, Topics.DEAD_LETTERS, "pullwatch.dead-letters",
                DeliveryGuarantee.NONE, "")).isNotNull();
    }

    private static Properties producerConfig(KafkaSink<?> sink) throws Exception {
        Method getter = KafkaSink.class.getDeclaredMethod("getKafkaProducerConfig");
        getter.setAccessible(true);
        return (Properties) getter.invoke(sink);
    }

    private static Object field(Object target, String name) throws Exception {
        var f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
