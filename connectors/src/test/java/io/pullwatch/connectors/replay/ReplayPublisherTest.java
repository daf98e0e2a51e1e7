package io.pullwatch.connectors.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReplayPublisherTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

    @Test
    void publishesAllRecordsInOrderToTheConfiguredTopics() {
        ReplayPublisher publisher = new ReplayPublisher(producer, logical -> "acme." + logical + ".v1", 0);
        List<ReplayRecord> records = List.of(
                record(Topics.REVIEWS, "rev-1", T0, "{\"id\":\"rev-1\"}"),
                record(Topics.MENTIONS, "sanders:1:apple", T0.plusSeconds(1), "{\"id\":\"sanders:1:apple\"}"),
                record(Topics.INITIATIVES, "init-é", null, "{\"id\":\"init-é\"}"),
                record(Topics.REVIEWS, null, T0.plusSeconds(2), "not json"));
        List<Long> progress = new ArrayList<>();

        long sent = publisher.publish(records.iterator(), progress::add);

        assertThat(sent).isEqualTo(4);
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L);
        List<ProducerRecord<byte[], byte[]>> history = producer.history();
        assertThat(history).extracting(ProducerRecord::topic).containsExactly(
                "acme.reviews.v1", "acme.mentions.v1", "acme.initiatives.v1", "acme.reviews.v1");
        assertThat(history).extracting(r -> r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8))
                .containsExactly("rev-1", "sanders:1:apple", "init-é", null);
        assertThat(history.get(2).key()).isEqualTo("init-é".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < records.size(); i++) {
            assertThat(history.get(i).value()).isSameAs(records.get(i).value());
            assertThat(history.get(i).partition()).isNull();
        }
    }

    @Test
    void emptyStreamSendsNothing() {
        List<Long> progress = new ArrayList<>();

        long sent = new ReplayPublisher(producer, logical -> logical, 10).publish(List.<ReplayRecord>of().iterator(),
                progress::add);

        assertThat(sent).isZero();
        assertThat(progress).isEmpty();
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aRecordKafkaRefusesFailsThePublishInsteadOfCountingAsSent() {
        MockProducer<byte[], byte[]> refusing =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
                    @Override
                    public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                            org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> record,
                            org.apache.kafka.clients.producer.Callback callback) {
                        var tooLarge = new org.apache.kafka.common.errors.RecordTooLargeException("too large");
                        callback.onCompletion(null, tooLarge);
                        return java.util.concurrent.CompletableFuture.failedFuture(tooLarge);
                    }
                };
        var publisher = new ReplayPublisher(refusing, logical -> logical, 0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publisher.publish(
                        List.of(record(Topics.REVIEWS, "a", T0, "1")).iterator(), n -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Kafka refused records: too large");
    }

    /** Records are handed over before publish returns, even when the producer does not complete them on its own. */
    @Test
    void flushesBeforeReturning() {
        MockProducer<byte[], byte[]> manual =
                new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        List<ReplayRecord> records = List.of(record(Topics.REVIEWS, "a", T0, "1"), record(Topics.REVIEWS, "b", T0, "2"));

        new ReplayPublisher(manual, logical -> logical, 0).publish(records.iterator(), n -> { });

        assertThat(manual.history()).hasSize(2);
        assertThat(manual.flushed()).isTrue();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void pacingFollowsEventTime() {
        // 2 s apart in event time at speed 20: 100 ms apart on the wall clock, 200 ms in all
        ReplayPublisher publisher = new ReplayPublisher(producer, logical -> logical, 20);
        List<ReplayRecord> records = List.of(
                record(Topics.MENTIONS, "m-1", T0, "1"),
                record(Topics.MENTIONS, "m-2", T0.plusSeconds(2), "2"),
                record(Topics.MENTIONS, "m-3", T0.plusSeconds(4), "3"));
        List<Long> sentAt = new ArrayList<>();

        long start = System.nanoTime();
        long sent = publisher.publish(records.iterator(), n -> sentAt.add(System.nanoTime()));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(sent).isEqualTo(3);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(180)).isLessThan(Duration.ofSeconds(2));
        assertThat(sentAt).hasSize(3);
        assertThat(Duration.ofNanos(sentAt.get(1) - start)).as("second record, due at 100 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(90));
        assertThat(Duration.ofNanos(sentAt.get(2) - start)).as("third record, due at 200 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(180));
        assertThat(producer.history()).extracting(ProducerRecord::value)
                .containsExactly(bytes("1"), bytes("2"), bytes("3"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void burstsInTheRecordingStayBursts() {
        // speed 1: anything more than instant apart in event time would take whole seconds
        ReplayPublisher publisher = new ReplayPublisher(producer, logical -> logical, 1);
        List<ReplayRecord> burst = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            burst.add(record(Topics.MENTIONS, "m-" + i, T0, String.valueOf(i)));
        }

        long start = System.nanoTime();
        assertThat(publisher.publish(burst.iterator(), n -> { })).isEqualTo(50);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void recordsWithoutEventTimeAreNotDelayed() {
        // at 0.001 event seconds per wall second, one event-time second would be a quarter of an hour
        ReplayPublisher publisher = new ReplayPublisher(producer, logical -> logical, 0.001);
        List<ReplayRecord> records = List.of(
                record(Topics.REVIEWS, "a", T0, "a"),
                record(Topics.REVIEWS, "b", null, "b"),
                record(Topics.REVIEWS, "c", null, "c"),
                record(Topics.REVIEWS, "d", T0, "d"));

        long start = System.nanoTime();
        long sent = publisher.publish(records.iterator(), n -> { });

        assertThat(sent).isEqualTo(4);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
        assertThat(producer.history()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void speedZeroPublishesAsFastAsPossible() {
        ReplayPublisher publisher = new ReplayPublisher(producer, logical -> logical, 0);
        List<ReplayRecord> records = List.of(
                record(Topics.REVIEWS, "a", T0, "a"),
                record(Topics.REVIEWS, "b", T0.plus(Duration.ofDays(30)), "b"));

        long start = System.nanoTime();
        assertThat(publisher.publish(records.iterator(), n -> { })).isEqualTo(2);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void linesSkipsBlankLinesAndMapsLazily() {
        BufferedReader reader = new BufferedReader(new StringReader("first\n\n   \nsecond\n\t\nthird"));
        AtomicInteger mapped = new AtomicInteger();

        Iterator<ReplayRecord> records = ReplayPublisher.lines(reader, line -> {
            mapped.incrementAndGet();
            return record(Topics.REVIEWS, line, null, line);
        });

        assertThat(mapped).hasValue(0);
        List<String> keys = new ArrayList<>();
        records.forEachRemaining(r -> keys.add(r.key()));
        assertThat(keys).containsExactly("first", "second", "third");
        assertThat(mapped).hasValue(3);
    }

    @Test
    void linesFeedThePublisherEndToEnd() {
        RecordedLineMapper mapper = new RecordedLineMapper(io.pullwatch.core.json.JsonMappers.create());
        String stream = "{\"schemaVersion\":1,\"id\":\"rev-1\",\"createdAt\":\"2025-03-01T12:00:00Z\"}\n"
                + "\n"
                + "garbage\n";
        List<Long> progress = new ArrayList<>();

        long sent = new ReplayPublisher(producer, logical -> "pw." + logical, 0).publish(
                ReplayPublisher.lines(new BufferedReader(new StringReader(stream)),
                        line -> mapper.map(line, Topics.REVIEWS)), progress::add);

        assertThat(sent).isEqualTo(2);
        assertThat(progress).containsExactly(1L, 2L);
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsOnly("pw.reviews");
        assertThat(producer.history().get(1).value()).isEqualTo(bytes("garbage"));
        assertThat(producer.history().get(1).key()).isNull();
    }

    private static ReplayRecord record(TopicSpec<?> topic, String key, Instant eventTime, String value) {
        return new ReplayRecord(topic, key, eventTime, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
