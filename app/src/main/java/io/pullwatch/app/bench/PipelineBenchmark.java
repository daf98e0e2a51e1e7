package io.pullwatch.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.runtime.EmbeddedRuntime;
import io.pullwatch.app.runtime.Publisher;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Events per second from the reviews and mentions topics to the feedback topic, on the embedded broker at the
 * configured parallelism, beside the ceiling measured in the same run on the same records: one plain KafkaConsumer
 * reading them and parsing each with Jackson, timed from its first record (group join excluded). Each figure is the
 * median of several runs after an untimed warm-up. The pipeline's fixed cost (job submission, start-up, waiting for the final checkpoint) is
 * measured on empty topics in the same run and reported apart.
 */
public final class PipelineBenchmark {

    private final PullwatchConfig base;
    private final int events;
    private final int runs;
    private final PrintStream out;

    public PipelineBenchmark(PullwatchConfig base, int events, int runs, PrintStream out) {
        this.base = base;
        this.events = events;
        this.runs = runs;
        this.out = out;
    }

    public void run() throws Exception {
        try (EmbeddedRuntime runtime = EmbeddedRuntime.start(0, base)) {
            PullwatchConfig config = runtime.config();
            Instant start = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
            try (Publisher publisher = new Publisher(config)) {
                publisher.publish(BenchEvents.generate(events, start).iterator(), 0, done -> { });
            }
            PullwatchConfig empty = withEmptyInputs(runtime, config);
            // One untimed pass of each, so that class loading and JIT compilation are not measured.
            consumeAndParseSeconds(config);
            pipelineSeconds(config, "warm-up");
            List<Double> ceiling = new ArrayList<>();
            List<Double> pipeline = new ArrayList<>();
            List<Double> fixedCost = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                ceiling.add(consumeAndParseSeconds(config));
                fixedCost.add(pipelineSeconds(empty, "empty-" + run));
                pipeline.add(pipelineSeconds(config, "full-" + run));
                out.printf("run %d: ceiling %.2f s, pipeline %.2f s, pipeline on empty topics %.2f s%n", run + 1,
                        ceiling.get(run), pipeline.get(run), fixedCost.get(run));
            }
            report(Medians.of(ceiling), Medians.of(pipeline), Medians.of(fixedCost));
        }
    }

    private void report(double ceiling, double pipeline, double fixedCost) {
        double ceilingRate = events / ceiling;
        double pipelineRate = events / pipeline;
        double steadyRate = events / Math.max(1e-3, pipeline - fixedCost);
        out.printf("%nEvents: %,d reviews and mentions; medians of %d runs%n", events, runs);
        out.printf("| measure | events/s | seconds | ratio to ceiling |%n|---|---|---|---|%n");
        out.printf("| ceiling: one KafkaConsumer + Jackson parse, from first record | %,.0f | %.2f | 1.00 |%n",
                ceilingRate, ceiling);
        out.printf("| pipeline, submit to finish | %,.0f | %.2f | %.2f |%n", pipelineRate, pipeline, pipelineRate / ceilingRate);
        out.printf("| pipeline, fixed cost excluded (%.2f s on empty topics) | %,.0f | %.2f | %.2f |%n", fixedCost,
                steadyRate, pipeline - fixedCost, steadyRate / ceilingRate);
    }

    /** The same configuration reading topics that hold nothing: what a job costs before its first event. */
    static PullwatchConfig withEmptyInputs(EmbeddedRuntime runtime, PullwatchConfig config) throws Exception {
        Map<String, String> overrides = new HashMap<>();
        for (TopicSpec<?> input : List.of(Topics.REVIEWS, Topics.MENTIONS, Topics.INITIATIVES)) {
            String name = "bench-empty." + input.logicalName();
            runtime.createTopic(name, input.partitions(), input.compacted());
            overrides.put("topic." + input.logicalName(), name);
        }
        return config.with(overrides);
    }

    static double pipelineSeconds(PullwatchConfig config, String run) throws Exception {
        PullwatchConfig bounded = config.with(Map.of("kafka.group-id", "bench-" + run,
                "kafka.starting-offsets", "EARLIEST", "pipeline.transactional-id-prefix", "bench-" + run));
        long started = System.nanoTime();
        EmbeddedRuntime.submit(bounded, true).getJobExecutionResult().get();
        return (System.nanoTime() - started) / 1e9;
    }

    private double consumeAndParseSeconds(PullwatchConfig config) throws Exception {
        ObjectMapper mapper = JsonMappers.create();
        String reviews = config.topicName(Topics.REVIEWS);
        long started = 0;
        long parsed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(PullwatchOptions.BOOTSTRAP_SERVERS),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-ceiling-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(reviews, config.topicName(Topics.MENTIONS)));
            while (parsed < events) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (started == 0 && !batch.isEmpty()) {
                    started = System.nanoTime();
                }
                for (var record : batch) {
                    Class<?> type = record.topic().equals(reviews) ? Review.class : Mention.class;
                    if (mapper.readValue(record.value(), type) != null) {
                        parsed++;
                    }
                }
            }
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
