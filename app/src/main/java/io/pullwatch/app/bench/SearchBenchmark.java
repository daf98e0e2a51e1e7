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
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLDecoder;
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
 *   <li>the ceiling: one thread adding the index's documents to an IndexWriter in the index's order
 *       ({@link FeedbackDocuments#INDEX_ORDER}), nothing else;</li>
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
    /** The live load's send interval and linger: the pipeline's feedback sink lingers as long (`KafkaEdges`). */
    private static final int PUBLISH_TICK_MS = 10;
    private static final int WARM_UP_DOCS = 300_000;
    /** Query passes in the warm-up run, idle and then under ingest, at most, each: enough for the JIT to settle. */
    private static final int MAX_WARM_UP_PASSES = 8;
    /** Query passes before each measurement, at most; the warm-up run has done most of the JIT's work by then. */
    private static final int MAX_PASSES_BEFORE_MEASURING = 3;
    /** The JIT counts as settled once it compiles for at most this share of a warm-up pass's wall time. */
    private static final double SETTLED_JIT_SHARE = 0.10;

    private final int docs;
    private final int runs;
    private final int queries;
    private final int ingestRate;
    private final PrintStream out;
    private final SearchConfig base;
    private final Map<String, Understanding> understood = SearchBenchDocs.cache();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

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
            Map<String, List<String>> workload = workload();
            warmUpService(kafka, workload);
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

                warmUpQueries("idle", server.address(), token, workload, MAX_PASSES_BEFORE_MEASURING);
                Stopwatch idleWatch = new Stopwatch();
                Map<String, Latencies> idleByQuery = new HashMap<>();
                Map<String, Latencies> idle = measureQueries(server.address(), token, workload, idleByQuery);
                double idleSeconds = idleWatch.seconds();
                out.printf("  Idle measurement: %.1f s, the JIT compiling for %.0f%% of it%n", idleSeconds,
                        idleWatch.jitShare());
                int idleSegments = segments(server);
                Map<String, Latencies> lucene =
                        new LuceneQueryPeer().measure(server.index().searchers(), workload, queries);
                // A pass under ingest takes up to twice as long as the idle measurement; documents for every pass
                // there may be, the measurement and stock Lucene's are made beforehand, so that making documents (the
                // load generator's work, not the service's) does not run in the service's heap while it is measured.
                List<Ingest.Prepared> toIngest = Ingest.prepare(generator,
                        (int) (ingestRate * (2 * (MAX_PASSES_BEFORE_MEASURING + 2) * idleSeconds + 30)));
                Latencies visible = new Latencies();
                Map<String, Latencies> busy;
                Map<String, Latencies> luceneBusy;
                Map<String, Latencies> busyByQuery = new HashMap<>();
                int busySegments;
                try (Ingest ingest = new Ingest(kafka.bootstrapServers(), TOPIC, toIngest, server, visible)) {
                    ingest.start();
                    warmUpQueries("under ingest", server.address(), token, workload, MAX_PASSES_BEFORE_MEASURING);
                    Stopwatch busyWatch = new Stopwatch();
                    ingest.startProbing();
                    busy = measureQueries(server.address(), token, workload, busyByQuery);
                    out.printf("  Measurement under ingest: %.1f s, the JIT compiling for %.0f%% of it%n",
                            busyWatch.seconds(), busyWatch.jitShare());
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
                reportSlowest(workload, idleByQuery, busyByQuery);
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
     * It then answers the workload's queries, idle and under ingest, until the JIT has settled on both. Ingest brings
     * code of its own to compile (the consumer's, the broker's and the producer's per-request paths, flushes and merges
     * beside queries) that at 2,000 documents a second reaches C2's thresholds only minutes in; warming up on this
     * run's index, rather than the measured one, keeps those minutes of ingest out of the index the queries are
     * measured on, which stays at the size asked for.
     */
    private void warmUpService(EmbeddedKafkaBroker kafka, Map<String, List<String>> workload) throws Exception {
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
        String token = Tokens.random();
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            try (SearchServer server = SearchServer.start(base.with(Map.of(
                    "kafka.bootstrap-servers", kafka.bootstrapServers(),
                    SearchConfig.FEEDBACK_TOPIC.key(), topic,
                    "search.port", "0",
                    "search.index-dir", dir.toString(),
                    "search.retention", "100000 d",
                    "search.tokens", token + "=marketing")), Clock.systemUTC())) {
                while (server.indexer().read() < n) {
                    Thread.sleep(5);
                }
                server.index().refresh();
                out.printf("  Service warm-up run (untimed, its own topic and index): %,d documents at %,.0f docs/s,"
                        + " %.0f µs of CPU per document%n", n, n / ((System.nanoTime() - start) / 1e9),
                        (processCpuNanos() - cpuStart) / 1e3 / n);
                warmUpQueries("idle, warm-up run", server.address(), token, workload, MAX_WARM_UP_PASSES);
                List<Ingest.Prepared> toIngest = Ingest.prepare(generator, ingestRate * 30 * (MAX_WARM_UP_PASSES + 1));
                try (Ingest ingest = new Ingest(kafka.bootstrapServers(), topic, toIngest, server, new Latencies())) {
                    ingest.start();
                    warmUpQueries("under ingest, warm-up run", server.address(), token, workload,
                            MAX_WARM_UP_PASSES);
                }
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
                        .setRAMBufferSizeMB(64).setIndexSort(FeedbackDocuments.INDEX_ORDER))) {
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
     * Untimed passes of the workload until the JIT has settled, the way JMH warms up: until a pass in which the
     * compilers worked for at most {@link #SETTLED_JIT_SHARE} of its time, or {@code maxPasses}. On two cores a compiler
     * thread at work takes a query's core: after one fixed pass, C2 was still compiling (Kafka's request paths, Lucene's
     * flushes, the queries' own types) for 60-100% of the measurement's time under ingest, which the latencies measured
     * instead of the service.
     */
    private void warmUpQueries(String phase, String address, String token, Map<String, List<String>> workload,
            int maxPasses) throws IOException {
        for (int pass = 1; ; pass++) {
            Stopwatch watch = new Stopwatch();
            measureQueries(address, token, workload);
            double share = watch.jitShare();
            out.printf("  Query warm-up pass %d %s (untimed): %.1f s, the JIT compiling for %.0f%% of it%n", pass,
                    phase, watch.seconds(), share);
            if (pass >= maxPasses || share <= SETTLED_JIT_SHARE * 100) {
                return;
            }
        }
    }

    /** Wall time and the JIT's compilation time since it was made, for a phase of the benchmark. */
    private final class Stopwatch {
        private final long startNanos = System.nanoTime();
        private final long compilingMillis = jit.getTotalCompilationTime();

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        /** Compilation time so far, summed over the compiler threads, in % of the wall time so far. */
        double jitShare() {
            return (jit.getTotalCompilationTime() - compilingMillis) / (seconds() * 10);
        }
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
        return measureQueries(address, token, workload, new HashMap<>());
    }

    /** As {@link #measureQueries(String, String, Map)}, also timing each query apart in {@code byQuery}. */
    private Map<String, Latencies> measureQueries(String address, String token, Map<String, List<String>> workload,
            Map<String, Latencies> byQuery) throws IOException {
        Map<String, Latencies> result = new LinkedHashMap<>();
        workload.keySet().forEach(kind -> result.put(kind, new Latencies()));
        int warmup = Math.max(50, queries / 10);
        for (int i = 0; i < warmup + queries; i++) {
            for (Map.Entry<String, List<String>> kind : workload.entrySet()) {
                List<String> paths = kind.getValue();
                String path = paths.get(i % paths.size());
                long t0 = System.nanoTime();
                get(address + "api/" + path, token, kind.getKey());
                if (i >= warmup) {
                    long took = System.nanoTime() - t0;
                    result.get(kind.getKey()).add(took);
                    byQuery.computeIfAbsent(path, q -> new Latencies()).add(took);
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
        out.printf("Event-to-searchable under ingest, from the measurement on (%,d probes): p50 %.0f ms, p99 %.0f ms%n",
                visible.count(), visible.percentileMillis(50), visible.percentileMillis(99));
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

    /**
     * Each kind's slowest queries by median. A kind has a few dozen queries, each a few per cent of its samples, so its
     * p99 is in the slowest query's own distribution: this says which query sets it.
     */
    private void reportSlowest(Map<String, List<String>> workload, Map<String, Latencies> idle,
            Map<String, Latencies> busy) {
        out.println();
        out.println("| kind | slowest queries by median: idle p50 / under ingest p50 / under ingest p99 |");
        out.println("|---|---|");
        for (Map.Entry<String, List<String>> kind : workload.entrySet()) {
            List<String> slowest = kind.getValue().stream().distinct().filter(busy::containsKey)
                    .sorted(Comparator.comparingDouble((String q) -> busy.get(q).percentileMillis(50)).reversed())
                    .limit(3).toList();
            StringBuilder cell = new StringBuilder();
            for (String q : slowest) {
                cell.append(cell.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                        "`%s` %.2f / %.2f / %.2f ms", URLDecoder.decode(q, StandardCharsets.UTF_8),
                        idle.get(q).percentileMillis(50), busy.get(q).percentileMillis(50),
                        busy.get(q).percentileMillis(99)));
            }
            out.printf("| %s | %s |%n", kind.getKey(), cell);
        }
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
        private final String topic;
        private final List<Prepared> documents;
        private final SearchServer server;
        private final Latencies visible;
        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        /** Event-to-searchable is timed from the measurement on, as the queries are: at steady state. */
        private volatile boolean probing;
        private final Thread thread = new Thread(this::publish, "bench-ingest");
        private volatile long sent;

        Ingest(String bootstrap, String topic, List<Prepared> documents, SearchServer server, Latencies visible) {
            this.topic = topic;
            this.producer = producer(bootstrap, PUBLISH_TICK_MS);
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

        void startProbing() {
            probing = true;
        }

        int missing() {
            return pending.size();
        }

        /**
         * Sends what is due every {@value #PUBLISH_TICK_MS} ms, as the pipeline's Kafka sink does with its linger,
         * rather than one record per wake-up: 2,000 wake-ups a second of a load generator sharing the service's two
         * cores would measure the generator's scheduling as much as the service.
         */
        private void publish() {
            long begin = System.nanoTime();
            long n = 0;
            while (running.get()) {
                long due = Math.min(documents.size(), (long) ((System.nanoTime() - begin) * ingestRate / 1e9));
                for (; n < due; n++) {
                    Prepared doc = documents.get((int) n);
                    if (probing && n % PROBE_EVERY == 0) {
                        pending.put(doc.id(), System.nanoTime());
                    }
                    producer.send(new ProducerRecord<>(topic, doc.key(), doc.json()));
                }
                sent = n;
                if (n == documents.size()) {
                    out.printf("  The %,d documents prepared for ingest ran out%n", n);
                    return;
                }
                try {
                    Thread.sleep(PUBLISH_TICK_MS);
                } catch (InterruptedException e) {
                    return;
                }
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
