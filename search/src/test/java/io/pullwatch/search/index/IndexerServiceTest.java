package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.search.testing.TestFeedback;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer against a real in-process broker: restart without loss or duplicates, read_committed, bad records. */
class IndexerServiceTest {

    private static final String TOPIC = "feedback-indexer-test";
    private static final Retention KEEP_ALL = new Retention(Duration.ofDays(100_000), Clock.systemUTC());
    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = EmbeddedKafkaBroker.start(0);
        kafka.createTopic(TOPIC, 2, false);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    private static Feedback numbered(int i) {
        return TestFeedback.review("n" + i, i % 2 == 0 ? "lille-centre" : "lyon-01", "author-" + (i % 7), i % 500,
                1 + i % 5, SentimentLabel.POSITIVE, null, "feedback number " + i);
    }

    private static void publish(KafkaProducer<byte[], byte[]> producer, List<Feedback> feedback) throws Exception {
        for (Feedback f : feedback) {
            KafkaTestClients.send(producer, TOPIC, f.feedbackId(), TestFeedback.json(f));
        }
        producer.flush();
    }

    @Test
    void aRestartResumesFromTheOffsetsInTheIndexWithNothingLostAndNothingDoubled(@TempDir Path dir) throws Exception {
        List<Feedback> first = new ArrayList<>();
        List<Feedback> second = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            (i < 2_000 ? first : second).add(numbered(i));
        }
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(kafka.bootstrapServers())) {
            publish(producer, first);
            publish(producer, List.of(numbered(5))); // a re-delivered record
            KafkaTestClients.send(producer, TOPIC, "bad", "{not json".getBytes(StandardCharsets.UTF_8));
            producer.flush();

            Map<Integer, Long> offsetsAtStop;
            try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 20)) {
                IndexerService indexer = new IndexerService(kafka.bootstrapServers(), TOPIC, index, KEEP_ALL);
                indexer.start(Duration.ofMillis(200));
                awaitTrue(() -> indexer.read() == 2_002, "the first 2,002 records read");
                indexer.close();
                assertThat(indexer.undecodable()).isEqualTo(1);
                offsetsAtStop = index.committedOffsets();
            }
            assertThat(offsetsAtStop.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2_002);

            publish(producer, second);
            try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 20)) {
                assertThat(index.committedOffsets()).isEqualTo(offsetsAtStop);
                IndexerService indexer = new IndexerService(kafka.bootstrapServers(), TOPIC, index, KEEP_ALL);
                indexer.start(Duration.ofMillis(200));
                awaitTrue(() -> indexer.read() == 1_000, "the 1,000 new records read");
                index.refresh();

                assertThat(indexer.read()).as("nothing read twice after the restart").isEqualTo(1_000);
                assertThat(idsIn(index)).hasSize(3_000).isEqualTo(idsOf(first, second));
                indexer.close();
            }
        }
    }

    @Test
    void abortedTransactionsAreNeverIndexedAndExpiredFeedbackIsNot(@TempDir Path dir) throws Exception {
        String topic = "feedback-transactions-test";
        kafka.createTopic(topic, 1, false);
        Feedback committed = numbered(1);
        Feedback aborted = numbered(2);
        Feedback old = TestFeedback.review("old", "lyon-01", "a", 0, 3, SentimentLabel.NEUTRAL, null, "ancient");
        try (KafkaProducer<byte[], byte[]> tx = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "indexer-test-tx"), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            tx.initTransactions();
            tx.beginTransaction();
            tx.send(new ProducerRecord<>(topic, TestFeedback.json(aborted)));
            tx.flush();
            tx.abortTransaction();
            tx.beginTransaction();
            tx.send(new ProducerRecord<>(topic, TestFeedback.json(committed)));
            tx.send(new ProducerRecord<>(topic, TestFeedback.json(old)));
            tx.commitTransaction();
        }
        // Retention of 30 days, seen from a clock 100 days after the test corpus's time.
        Retention retention = new Retention(Duration.ofDays(30), Clock.fixed(
                TestFeedback.T0.plus(Duration.ofDays(100)), ZoneOffset.UTC));
        Feedback recent = TestFeedback.review("recent", "lyon-01", "a", 99 * 24 * 60, 3, SentimentLabel.NEUTRAL,
                null, "new");
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(kafka.bootstrapServers())) {
            KafkaTestClients.send(producer, topic, "recent", TestFeedback.json(recent));
            producer.flush();
        }
        try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 20)) {
            IndexerService indexer = new IndexerService(kafka.bootstrapServers(), topic, index, retention);
            indexer.start(Duration.ofMillis(200));
            awaitTrue(() -> indexer.read() == 3, "three committed records read");
            index.refresh();
            indexer.close();

            assertThat(indexer.expired()).isEqualTo(2); // the committed and the old one, both written at T0
            assertThat(indexer.indexed()).isEqualTo(1);
            assertThat(idsIn(index)).containsExactly("review:recent");
            // Past the aborted transaction and its markers: 1 aborted + marker + 2 + marker + 1 = 6
            assertThat(index.committedOffsets()).isEqualTo(Map.of(0, 6L));
        }
    }

    private static Set<String> idsOf(List<Feedback> a, List<Feedback> b) {
        Set<String> ids = new HashSet<>();
        a.forEach(f -> ids.add(f.feedbackId()));
        b.forEach(f -> ids.add(f.feedbackId()));
        return ids;
    }

    /** Every document's id, failing on a duplicate. */
    private static Set<String> idsIn(FeedbackIndex index) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            Set<String> ids = new HashSet<>();
            StoredFields stored = searcher.storedFields();
            var reader = io.pullwatch.core.json.JsonMappers.create().readerFor(Feedback.class);
            for (ScoreDoc doc : searcher.search(new MatchAllDocsQuery(), 100_000).scoreDocs) {
                String json = stored.document(doc.doc).getBinaryValue(FeedbackFields.SOURCE).utf8ToString();
                String id = reader.<Feedback>readValue(json).feedbackId();
                assertThat(ids.add(id)).as("duplicate %s", id).isTrue();
            }
            return ids;
        } finally {
            index.searchers().release(searcher);
        }
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
