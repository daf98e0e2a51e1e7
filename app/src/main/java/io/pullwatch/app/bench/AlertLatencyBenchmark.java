package io.pullwatch.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.runtime.EmbeddedRuntime;
import io.pullwatch.app.runtime.Publisher;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.detection.WaveDetector;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Event-to-alert latency: from the moment the triggering post is handed to Kafka to the moment its alert can be
 * read from the alerts topic, at a given share of the pipeline's maximum sustainable rate.
 *
 * <p>The maximum rate is measured first, in the same run, as in {@code bench pipeline}: the bounded pipeline over
 * {@code events} pre-published events, its fixed cost (the same job on empty topics) excluded. Then the unbounded
 * pipeline runs on fresh topics while {@link LiveLoad} publishes real-time traffic at {@code share} of that rate,
 * with a burst of negative reviews in one store every {@link LiveLoad#BURST_EVERY}. Every alert opened or updated by
 * such traffic carries the event time of the post that triggered it ({@code windowEnd}, stamped with the wall clock
 * just before sending), so each alert read gives one latency sample. The first seven minutes (scopes learning their
 * level) are not measured.
 */
public final class AlertLatencyBenchmark {

    /** Scopes need some history before their first hour's expectation exists: five minutes before the window. */
    static final Duration WARM_UP = Duration.ofMinutes(7);
    /** How long alerts are still read after the load stops: a pipeline that lags shows as long latencies, not none. */
    static final Duration DRAIN = Duration.ofSeconds(20);

    private final PullwatchConfig base;
    private final int events;
    private final double share;
    private final Duration measured;
    private final PrintStream out;
    private final AtomicInteger alertsRead = new AtomicInteger();

    public AlertLatencyBenchmark(PullwatchConfig base, int events, double share, Duration measured, PrintStream out) {
        this.base = base.with(Map.of(
                // Scopes created by the benchmark must be allowed to alert after the warm-up, and each store bursts
                // again within minutes: the detection semantics are not what is measured here.
                "detection.min-history", "1 min", "detection.cooldown", "2 min"));
        this.events = events;
        this.share = share;
        this.measured = measured;
        this.out = out;
    }

    public void run() throws Exception {
        try (EmbeddedRuntime runtime = EmbeddedRuntime.start(0, base)) {
            double capacity = sustainableRate(runtime, runtime.config());
            double rate = capacity * share;
            out.printf("maximum sustainable rate %,.0f events/s; measuring at %.0f%%: %,.0f events/s%n", capacity,
                    share * 100, rate);
            PullwatchConfig live = freshTopics(runtime, runtime.config());
            Latencies latencies = new Latencies();
            JobClient job = EmbeddedRuntime.submit(live, false);
            try {
                long sent = measure(live, rate, latencies);
                report(capacity, rate, sent, latencies);
            } finally {
                cancelQuietly(job);
            }
        }
    }

    private static void cancelQuietly(JobClient job) {
        try {
            job.cancel().get();
        } catch (Exception alreadyGone) {
            // The job ended on its own (or the cluster is stopping): nothing left to cancel.
        }
    }

    private double sustainableRate(EmbeddedRuntime runtime, PullwatchConfig config) throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        try (Publisher publisher = new Publisher(config)) {
            publisher.publish(BenchEvents.generate(events, start).iterator(), 0, done -> { });
        }
        PullwatchConfig empty = PipelineBenchmark.withEmptyInputs(runtime, config);
        PipelineBenchmark.pipelineSeconds(config, "latency-warm-up");
        double fixedCost = PipelineBenchmark.pipelineSeconds(empty, "latency-empty");
        double full = PipelineBenchmark.pipelineSeconds(config, "latency-full");
        return events / Math.max(1e-3, full - fixedCost);
    }

    /** Input and output topics of their own, so that the live job starts from nothing. */
    private static PullwatchConfig freshTopics(EmbeddedRuntime runtime, PullwatchConfig config) throws Exception {
        Map<String, String> overrides = new HashMap<>();
        for (TopicSpec<?> topic : Topics.ALL) {
            String name = "bench-live." + topic.logicalName();
            runtime.createTopic(name, topic.partitions(), topic.compacted());
            overrides.put("topic." + topic.logicalName(), name);
        }
        overrides.put("kafka.group-id", "bench-live");
        overrides.put("kafka.starting-offsets", "EARLIEST");
        overrides.put("pipeline.transactional-id-prefix", "bench-live");
        return config.with(overrides);
    }

    private long measure(PullwatchConfig live, double rate, Latencies latencies) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Instant measureFrom = Instant.now().plus(WARM_UP);
        Thread reader = new Thread(() -> readAlerts(live, measureFrom, stop, latencies), "alert-reader");
        reader.start();
        long sent;
        try (Publisher publisher = new Publisher(live)) {
            LiveLoad load = new LiveLoad(rate, WARM_UP.plus(measured));
            sent = publisher.publish(load, 0, done -> { });
        }
        Thread.sleep(DRAIN.toMillis()); // the last bursts' alerts
        stop.set(true);
        reader.join();
        return sent;
    }

    private void readAlerts(PullwatchConfig live, Instant measureFrom, AtomicBoolean stop, Latencies latencies) {
        ObjectMapper mapper = JsonMappers.create();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, live.get(PullwatchOptions.BOOTSTRAP_SERVERS),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-alerts-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(live.topicName(Topics.ALERTS)));
            while (!stop.get()) {
                var batch = consumer.poll(Duration.ofMillis(20));
                Instant received = Instant.now();
                for (var record : batch) {
                    alertsRead.incrementAndGet();
                    Alert alert = mapper.readValue(record.value(), Alert.class);
                    boolean triggeredByAPost = alert.status() != AlertStatus.RESOLVED
                            && alert.detector().equals(WaveDetector.DETECTOR);
                    if (triggeredByAPost && alert.windowEnd().isAfter(measureFrom)) {
                        latencies.add(Duration.between(alert.windowEnd(), received).toNanos());
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("reading alerts failed", e);
        }
    }

    private void report(double capacity, double rate, long sent, Latencies latencies) {
        out.printf("%nEvent-to-alert latency at %.0f%% of the maximum sustainable rate (%,.0f of %,.0f events/s), %d s"
                + " measured after a %d s warm-up, %,d events sent%n", share * 100, rate, capacity,
                measured.toSeconds(), WARM_UP.toSeconds(), sent);
        out.printf("Alerts read: %d, of which measured (opened or updated by a post, after the warm-up): %d%n",
                alertsRead.get(), latencies.count());
        out.printf("| alerts measured | p50 ms | p90 ms | p99 ms | max ms |%n|---|---|---|---|---|%n");
        out.printf("| %d | %.0f | %.0f | %.0f | %.0f |%n", latencies.count(), latencies.percentileMillis(50),
                latencies.percentileMillis(90), latencies.percentileMillis(99), latencies.percentileMillis(100));
    }
}
