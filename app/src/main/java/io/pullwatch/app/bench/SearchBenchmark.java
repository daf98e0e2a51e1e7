package io.pullwatch.app.bench;

import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.FeedbackDocuments;
import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.core.understanding.Understanding;
import io.pullwatch.search.SearchServer;
import io.pullwatch.search.access.Tokens;
import io.pullwatch.search.config.SearchConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The search service measured beside Lucene alone, in one run on the same documents:
 * <ol>
 *   <li>the ceiling: one thread adding the index's documents to an IndexWriter, nothing else;</li>
 *   <li>the service's indexing path: the same documents on the feedback topic of an in-process broker, read and
 *       indexed by the search service until searchable, after an untimed warm-up run of the service (the ceiling's
 *       median is of runs after the first too);</li>
 *   <li>HTTP query latency (term, boolean, phrase, facets, histogram; the kinds interleaved) through the API, idle
 *       and under ingest, each after an untimed pass of the same queries in the same conditions, beside the same
 *       searches run by stock Lucene on the same index ({@link LuceneQueryPeer});</li>
 *   <li>event-to-searchable latency during that ingest: from the producer's send to the refresh that shows it.</li>
 * </ol>
 */
public final class SearchBenchmark {

    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    private static final int CHUNK = 10_000;
    private static final String TOPIC = Topics.FEEDBACK.defaultName();
    private static final int PROBE_EVERY = 10;
    private static final int WARM_UP_DOCS = 300_000;

    private final int docs;
    private final int runs;
    private final int queries;
    private final int ingestRate;
    private final PrintStream out;
    private final SearchConfig base;
    private final Map<String, Understanding> understood = SearchBenchDocs.cache();

    /** @param base the search settings to run the service with (the benchmark's own broker, index and port win) */
    public SearchBenchmark(SearchConfig base, int docs, int runs, int queries, int ingestRate, PrintStream out) {
        this.base = base;
        this.docs = docs;
        this.runs = runs;
        this.queries = queries;
        this.ingestRate = ingestRate;
        this.out = out;
    }

    public void run() throws Exception {
        out.printf("Service settings: refresh every %s, commit every %s, %d HTTP threads%n",
                base.get(SearchConfig.REFRESH_INTERVAL), base.get(SearchConfig.COMMIT_INTERVAL),
                base.get(SearchConfig.HTTP_THREADS));
        out.printf("Search benchmark: %,d documents, %d ceiling run(s), %,d HTTP queries per kind, ingest at %,d/s,"
                + " %d cores%n", docs, runs, queries, ingestRate, Runtime.getRuntime().availableProcessors());
        List<Double> ceilings = new ArrayList<>();
        List<Double> ceilingCpu = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long cpu0 = processCpuNanos();
            double rate = ceiling();
            ceilings.add(rate);
            // The process's CPU while the ceiling runs includes making the documents, which the timing leaves out:
            // it is an upper bound of the ceiling's CPU per document.
            ceilingCpu.add((processCpuNanos() - cpu0) / 1e3 / docs);
            out.printf("  Lucene-only ceiling run %d: %,.0f docs/s, at most %.0f µs of CPU per document%n", r + 1,
                    rate, ceilingCpu.get(r));
        }
        double ceiling = Medians.of(ceilings);
        Path indexDir = Files.createTempDirectory("search-bench-index");
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(0)) {
            kafka.createTopic(TOPIC, Topics.FEEDBACK.partitions(), false);
            kafka.createTopic(Topics.SAVED_QUERIES.defaultName(), 1, true);
            warmUpService(kafka);
            SearchBenchDocs generator = new SearchBenchDocs(START, understood);
            long produceStart = System.nanoTime();
            try (KafkaProducer<byte[], byte[]> producer = producer(kafka.bootstrapServers(), 20)) {
                for (int i = 0; i < docs; i++) {
                    SearchBenchDocs.Doc doc = generator.next();
                    producer.send(new ProducerRecord<>(TOPIC, key(doc), doc.json()));
                }
            }
            out.printf("  %,d documents published to the broker in %.1f s (not timed)%n", docs,
                    (System.nanoTime() - produceStart) / 1e9);

            String token = Tokens.random();
            long indexStart = System.nanoTime();
            long cpuStart = processCpuNanos();
            try (SearchServer server = SearchServer.start(base.with(Map.of(
                    "kafka.bootstrap-servers", kafka.bootstrapServers(),
                    "search.port", "0",
                    "search.index-dir", indexDir.toString(),
                    "search.retention", "100000 d",
                    "search.tokens", token + "=marketing")), Clock.systemUTC())) {
                while (server.indexer().read() < docs) {
                    Thread.sleep(5);
                }
                server.index().refresh();
                double serviceRate = docs / ((System.nanoTime() - indexStart) / 1e9);
                double serviceCpu = (processCpuNanos() - cpuStart) / 1e3 / docs;
                out.printf("  Service indexing (Kafka -> decode -> index, searchable): %,.0f docs/s = %.2f x ceiling"
                        + " %,.0f docs/s; %.0f µs of CPU per document (the in-process broker's included)%n",
                        serviceRate, serviceRate / ceiling, ceiling, serviceCpu);

                Map<String, List<String>> workload = workload();
                // One untimed pass of the whole workload first: with only two cores, C2 was still compiling (and
                // recompiling, as each kind of query brought new types) about 70% of a core through the idle
                // measurement and 57% through the busy one, which the latencies measured instead of the service.
                long warmStart = System.nanoTime();
                measureQueries(server.address(), token, workload);
                out.printf("  Query warm-up pass (untimed, the same workload): %.1f s%n",
                        (System.nanoTime() - warmStart) / 1e9);
                long idleStart = System.nanoTime();
                Map<String, Latencies> idle = measureQueries(server.address(), token, workload);
                double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
                int idleSegments = segments(server);
                Map<String, Latencies> lucene =
                        new LuceneQueryPeer().measure(server.index().searchers(), workload, queries);
                // The busy warm-up pass and measurement last about as long as the idle one each; that and as much
                // again are made beforehand, so that making documents (the load generator's work, not the
                // service's) does not run in the service's heap while it is measured.
                List<Ingest.Prepared> toIngest = Ingest.prepare(generator, (int) (ingestRate * (4 * idleSeconds + 30)));
                Latencies visible = new Latencies();
                Map<String, Latencies> busy;
                Map<String, Latencies> luceneBusy;
                int busySegments;
                try (Ingest ingest = new Ingest(kafka.bootstrapServers(), toIngest, server, visible)) {
                    ingest.start();
                    // Ingest brings code of its own to compile (the consumer's and the broker's fetch paths, flushes
                    // and merges beside queries; C2 compiles of a second each in its first seconds): one untimed pass
                    // under ingest first, so that the measurement is of ingest going on, not of ingest starting.
                    long busyWarmStart = System.nanoTime();
                    measureQueries(server.address(), token, workload);
                    out.printf("  Query warm-up pass under ingest (untimed): %.1f s%n",
                            (System.nanoTime() - busyWarmStart) / 1e9);
                    busy = measureQueries(server.address(), token, workload);
                    busySegments = segments(server);
                    luceneBusy = new LuceneQueryPeer().measure(server.index().searchers(), workload, queries);
                    out.printf("  Ingest during the busy measurement: %,d documents at a target of %,d/s%n",
                            ingest.sent(), ingestRate);
                    ingest.close();
                    out.printf("  Probes never searchable within 5 s of the end: %d%n", ingest.missing());
                }
                out.printf("  Index segments: %d idle, %d at the end of the busy HTTP measurement%n", idleSegments,
                        busySegments);
                report(ceiling, serviceRate, idle, busy, lucene, luceneBusy, visible,
                        server.index().documentCount());
            }
        } finally {
            deleteTree(indexDir);
        }
    }

    /**
     * An untimed first run of the service over other documents (its own topic and index), reported apart: the ceiling
     * is the median of its runs in this JVM, so the JIT has compiled Lucene's indexing for it after the first run,
     * while the service's own path (consumer, record reader, near-real-time flushes from two threads) would otherwise
     * be compiled, and recompiled, inside its single timed run: about 30% of the process's CPU there on two cores.
     */
    private void warmUpService(EmbeddedKafkaBroker kafka) throws Exception {
        int n = Math.min(docs, WARM_UP_DOCS);
        String topic = TOPIC + "-warm-up";
        kafka.createTopic(topic, Topics.FEEDBACK.partitions(), false);
        SearchBenchDocs generator = new SearchBenchDocs(START, understood);
        try (KafkaProducer<byte[], byte[]> producer = producer(kafka.bootstrapServers(), 20)) {
            for (int i = 0; i < n; i++) {
                SearchBenchDocs.Doc doc = generator.next();
                producer.send(new ProducerRecord<>(topic, key(doc), doc.json()));
            }
        }
        Path dir = Files.createTempDirectory("search-bench-warm-up");
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            try (SearchServer server = SearchServer.start(base.with(Map.of(
                    "kafka.bootstrap-servers", kafka.bootstrapServers(),
                    SearchConfig.FEEDBACK_TOPIC.key(), topic,
                    "search.port", "0",
                    "search.index-dir", dir.toString(),
                    "search.retention", "100000 d")), Clock.systemUTC())) {
                while (server.indexer().read() < n) {
                    Thread.sleep(5);
                }
                server.index().refresh();
                out.printf("  Service warm-up run (untimed, its own topic and index): %,d documents at %,.0f docs/s,"
                        + " %.0f µs of CPU per document%n", n, n / ((System.nanoTime() - start) / 1e9),
                        (processCpuNanos() - cpuStart) / 1e3 / n);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** One thread, IndexWriter alone: the documents are made beforehand, chunk by chunk, outside the timing. */
    private double ceiling() throws IOException {
        Path dir = Files.createTempDirectory("search-bench-ceiling");
        SearchBenchDocs generator = new SearchBenchDocs(START, understood);
        long timed = 0;
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(FeedbackAnalyzers.perField())
                        .setRAMBufferSizeMB(64))) {
            for (int done = 0; done < docs; ) {
                List<SearchBenchDocs.Doc> made = new ArrayList<>(CHUNK);
                for (int i = 0; i < Math.min(CHUNK, docs - done); i++) {
                    made.add(generator.next());
                }
                long t0 = System.nanoTime();
                for (SearchBenchDocs.Doc doc : made) {
                    writer.addDocument(FeedbackDocuments.forIndex(doc.feedback(), doc.json()));
                }
                timed += System.nanoTime() - t0;
                done += made.size();
            }
            long t0 = System.nanoTime();
            DirectoryReader.open(writer).close(); // searchable, as the service's figure is
            timed += System.nanoTime() - t0;
        } finally {
            deleteTree(dir);
        }
        return docs / (timed / 1e9);
    }

    /** Queries of each kind built from words and word pairs frequent in the documents (beyond the most common). */
    private Map<String, List<String>> workload() {
        SearchBenchDocs generator = new SearchBenchDocs(START, understood);
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i < Math.min(docs, 20_000); i++) {
            String[] tokens = generator.next().feedback().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            for (int t = 0; t < tokens.length; t++) {
                if (tokens[t].length() >= 4) {
                    words.merge(tokens[t], 1, Integer::sum);
                    if (t + 1 < tokens.length && tokens[t + 1].length() >= 4) {
                        pairs.merge(tokens[t] + " " + tokens[t + 1], 1, Integer::sum);
                    }
                }
            }
        }
        List<String> term = ranked(words, 10, 50);
        List<String> phrase = ranked(pairs, 5, 30);
        List<String> bool = new ArrayList<>();
        for (int i = 0; i + 1 < term.size(); i++) {
            bool.add(i % 2 == 0 ? term.get(i) + " AND " + term.get(i + 1)
                    : "(" + term.get(i) + " OR " + term.get(i + 1) + ") AND NOT " + term.get((i + 7) % term.size()));
        }
        Map<String, List<String>> paths = new LinkedHashMap<>();
        paths.put("term", term.stream().map(w -> "search?q=" + enc(w)).toList());
        paths.put("boolean", bool.stream().map(q -> "search?q=" + enc(q)).toList());
        paths.put("phrase", phrase.stream().map(p -> "search?q=" + enc("\"" + p + "\"")).toList());
        paths.put("facets (query)", term.stream().map(w -> "facets?q=" + enc(w)).toList());
        paths.put("histogram (query)", term.stream().map(w -> "histogram?q=" + enc(w)).toList());
        paths.put("facets (all docs)", List.of("facets"));
        paths.put("histogram (all docs)", List.of("histogram"));
        return paths;
    }

    private static List<String> ranked(Map<String, Integer> counts, int skip, int take) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .skip(skip).limit(take).map(Map.Entry::getKey).toList();
    }

    /**
     * The workload's queries one at a time, through a blocking client on one keep-alive connection
     * ({@link HttpURLConnection}; the JDK's asynchronous {@code HttpClient} hands each exchange between three of its
     * own threads, which on two cores added its scheduling delays to what was measured). The kinds are interleaved,
     * one of each per round, as the web page sends a search, its facets and its histogram together: run kind after
     * kind, each phase retrained the JIT on one kind's types and the next phase paid for the deoptimisations and
     * recompilations (IndexSearcher.search was compiled 46 times in one run, 5 times interleaved), which a mixed load
     * does not see.
     */
    private Map<String, Latencies> measureQueries(String address, String token, Map<String, List<String>> workload)
            throws IOException {
        Map<String, Latencies> result = new LinkedHashMap<>();
        workload.keySet().forEach(kind -> result.put(kind, new Latencies()));
        int warmup = Math.max(50, queries / 10);
        for (int i = 0; i < warmup + queries; i++) {
            for (Map.Entry<String, List<String>> kind : workload.entrySet()) {
                List<String> paths = kind.getValue();
                long t0 = System.nanoTime();
                get(address + "api/" + paths.get(i % paths.size()), token, kind.getKey());
                if (i >= warmup) {
                    result.get(kind.getKey()).add(System.nanoTime() - t0);
                }
            }
        }
        return result;
    }

    private static void get(String url, String token, String kind) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        int status = connection.getResponseCode();
        // Reading the body to its end and closing the stream returns the connection to the keep-alive cache.
        try (InputStream body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
            byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
            if (status != 200) {
                throw new IllegalStateException(kind + " query " + url + " answered " + status + ": "
                        + new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private void report(double ceiling, double serviceRate, Map<String, Latencies> idle, Map<String, Latencies> busy,
            Map<String, Latencies> lucene, Map<String, Latencies> luceneBusy, Latencies visible, int indexed) {
        out.println();
        out.printf("| Indexing | docs/s |%n|---|---|%n");
        out.printf("| Lucene-only ceiling (IndexWriter, 1 thread, median of %d) | %,.0f |%n", runs, ceiling);
        out.printf("| Service: Kafka -> decode -> index -> searchable | %,.0f (%.2f x ceiling) |%n", serviceRate,
                serviceRate / ceiling);
        out.println();
        out.printf("Event-to-searchable under ingest (%,d probes): p50 %.0f ms, p99 %.0f ms%n", visible.count(),
                visible.percentileMillis(50), visible.percentileMillis(99));
        out.println();
        out.printf("| HTTP query on %,d docs | idle p50 | idle p99 | under ingest p50 | under ingest p99 |"
                + " stock Lucene alone, idle p50 / p99 | under ingest p50 / p99 |%n", indexed);
        out.println("|---|---|---|---|---|---|---|");
        for (String kind : idle.keySet()) {
            out.printf("| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %s | %s |%n", kind,
                    idle.get(kind).percentileMillis(50), idle.get(kind).percentileMillis(99),
                    busy.get(kind).percentileMillis(50), busy.get(kind).percentileMillis(99),
                    medianAndTail(lucene.get(kind)), medianAndTail(luceneBusy.get(kind)));
        }
    }

    private static String medianAndTail(Latencies latencies) {
        return latencies == null ? ""
                : String.format("%.2f / %.2f ms", latencies.percentileMillis(50), latencies.percentileMillis(99));
    }

    private static int segments(SearchServer server) throws IOException {
        IndexSearcher searcher = server.index().searchers().acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            server.index().searchers().release(searcher);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] key(SearchBenchDocs.Doc doc) {
        return doc.feedback().feedbackId().getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap, int lingerMs) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Feedback published at a steady rate while queries are measured; every {@value #PROBE_EVERY}th record is a
     * probe whose visibility is checked after each refresh of the index.
     */
    private final class Ingest implements AutoCloseable, ReferenceManager.RefreshListener {
        /** A document ready to send: its id (the probe's key), its record key and its JSON. */
        record Prepared(String id, byte[] key, byte[] json) {}

        private final KafkaProducer<byte[], byte[]> producer;
        private final List<Prepared> documents;
        private final SearchServer server;
        private final Latencies visible;
        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::publish, "bench-ingest");
        private volatile long sent;

        Ingest(String bootstrap, List<Prepared> documents, SearchServer server, Latencies visible) {
            this.producer = producer(bootstrap, 5);
            this.documents = documents;
            this.server = server;
            this.visible = visible;
            server.index().addRefreshListener(this);
        }

        void start() {
            thread.start();
        }

        long sent() {
            return sent;
        }

        int missing() {
            return pending.size();
        }

        private void publish() {
            long begin = System.nanoTime();
            long n = 0;
            while (running.get()) {
                long due = begin + (long) (n * 1e9 / ingestRate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (n == documents.size()) {
                    out.printf("  The %,d documents prepared for the busy measurement ran out%n", n);
                    return;
                }
                Prepared doc = documents.get((int) n);
                if (n % PROBE_EVERY == 0) {
                    pending.put(doc.id(), System.nanoTime());
                }
                producer.send(new ProducerRecord<>(TOPIC, doc.key(), doc.json()));
                n++;
                sent = n;
            }
        }

        static List<Prepared> prepare(SearchBenchDocs generator, int count) {
            List<Prepared> documents = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                SearchBenchDocs.Doc doc = generator.next();
                documents.add(new Prepared(doc.feedback().feedbackId(), key(doc), doc.json()));
            }
            return documents;
        }

        @Override
        public void beforeRefresh() {}

        @Override
        public void afterRefresh(boolean didRefresh) throws IOException {
            if (!didRefresh || pending.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            IndexSearcher searcher = server.index().searchers().acquire();
            try {
                for (Map.Entry<String, Long> probe : pending.entrySet()) {
                    if (searcher.count(new TermQuery(new Term(FeedbackFields.ID, probe.getKey()))) > 0) {
                        visible.add(now - probe.getValue());
                        pending.remove(probe.getKey());
                    }
                }
            } finally {
                server.index().searchers().release(searcher);
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (!running.getAndSet(false)) {
                return;
            }
            thread.join();
            producer.close(Duration.ofSeconds(10));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }
}
