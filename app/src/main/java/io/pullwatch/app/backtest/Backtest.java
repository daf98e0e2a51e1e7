package io.pullwatch.app.backtest;

import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.JsonLines;
import io.pullwatch.connectors.replay.RecordedLineMapper;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import io.pullwatch.jobs.pipeline.FeedbackPipeline;
import io.pullwatch.jobs.pipeline.PipelineEnvironment;
import io.pullwatch.jobs.pipeline.PipelineSinks;
import io.pullwatch.jobs.pipeline.PipelineSources;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs the whole pipeline over recorded streams, bounded and in event time, on a local Flink environment: what
 * {@code pullwatch backtest} and the detection evaluation do.
 *
 * <p>The files' lines are mapped as {@code replay} maps them ({@link RecordedLineMapper}: the shared datasets'
 * format, scenario and simulation files, the project's own contracts) to the input topics, sorted by event time per
 * topic (stably, so a file already in order keeps its order), and spooled to disk. Each topic is then read by a
 * bounded {@link SpooledSource}, and the pipeline's output comes back through {@link HandoffSink}s to a
 * {@link BacktestListener} as it is produced. An {@link EventTimePacer} without lead holds each source until what the
 * others emitted before it has come out of the pipeline, so feedback reaches the event-time stage in one exact order
 * (by time, then reviews before mentions), and every event-time timer fires at the same place in that order (the
 * pacer waits, once per detection bucket of event time, for the watermark to come out after the detectors): nothing
 * is late, and a backtest gives the same alerts every time. When the sources end, the final watermark fires every
 * event-time timer, so the last alerts resolve.
 *
 * <p>The job runs at parallelism 1, whatever {@code pipeline.parallelism} says; without restarts (a failure fails the
 * backtest), without checkpoints (nothing to recover), never marking its sources idle ({@code pipeline.source-idleness}
 * is ignored). Bad lines become dead letters, as in production.
 */
public final class Backtest {

    /** Initiatives and saved queries first: at equal times, the registry is up to date before feedback arrives. */
    private static final List<TopicSpec<RawRecord>> INPUTS =
            List.of(Topics.INITIATIVES, Topics.SAVED_QUERIES, Topics.REVIEWS, Topics.MENTIONS);
    private static final int EXAMPLES_PER_REASON = 3;
    private static final String NEVER_IDLE = "3650 d";

    private final PullwatchConfig config;
    private final TopicSpec<?> contractTopic;

    /** A backtest that sends lines of the project's own contracts to the reviews topic, as {@code replay} does. */
    public Backtest(PullwatchConfig config) {
        this(config, Topics.REVIEWS);
    }

    /** @param contractTopic where lines of the project's own contracts go (dataset and scenario lines say) */
    public Backtest(PullwatchConfig config, TopicSpec<?> contractTopic) {
        // Never idle: were the feedback side marked idle while the pacer holds it, the registry sides' watermark
        // (the end of time) would pass for everyone's, and everything after would be late.
        this.config = config.with(Map.of(PullwatchOptions.SOURCE_IDLENESS.key(), NEVER_IDLE));
        this.contractTopic = contractTopic;
    }

    /** Runs the pipeline over {@code files}, handing its output to {@code listener}; returns when all is done. */
    public BacktestSummary run(List<Path> files, BacktestListener listener) throws Exception {
        for (Path file : files) {
            if (!Files.isReadable(file) || Files.isDirectory(file)) {
                throw new IllegalArgumentException("cannot read " + file);
            }
        }
        long started = System.nanoTime();
        Path work = Files.createTempDirectory("pullwatch-backtest");
        String run = "backtest-" + UUID.randomUUID();
        List<Topic> topics = new ArrayList<>();
        Outputs outputs = new Outputs(listener, files, topics);
        try {
            topics.addAll(spool(files, work, contractTopic));
            outputs.pacer = EventTimePacer.register(run, topics.stream().map(Topic::stream).toList(), Duration.ZERO,
                    new EventTimePacer.Timers(config.get(PullwatchOptions.DETECTION_BUCKET),
                            config.get(PullwatchOptions.MAX_OUT_OF_ORDERNESS)));
            try {
                execute(topics, run, outputs);
            } finally {
                EventTimePacer.unregister(run);
            }
        } finally {
            deleteRecursively(work);
        }
        Map<String, Long> perTopic = new LinkedHashMap<>();
        topics.forEach(t -> perTopic.put(t.spec().logicalName(), (long) t.origins().length));
        return new BacktestSummary(perTopic, outputs.feedback.get(), outputs.alerts.get(), outputs.late.get(),
                outputs.deadLetterCounts(), outputs.deadLetterExamples(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void execute(List<Topic> topics, String run, Outputs outputs) throws Exception {
        Configuration flink = PipelineEnvironment.flinkConfiguration(config);
        flink.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        // The pacer waits for the watermark once per bucket of event time: it must not take long to come.
        flink.set(PipelineOptions.AUTO_WATERMARK_INTERVAL, Duration.ofMillis(1));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(flink);
        env.setParallelism(1);
        // Records leave each source at once: the pacer waits for them to come out of the pipeline.
        env.setBufferTimeout(0);
        List<SpooledSource> sources = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            sources.add(new SpooledSource(topic.file(), config.topicName(topic.spec()), topic.origins().length, run,
                    i));
        }
        HandoffSink<Feedback> feedback = HandoffSink.to(run + "/feedback", outputs.new FeedbackReceiver());
        HandoffSink<Alert> alerts = HandoffSink.to(run + "/alerts", outputs::alert);
        HandoffSink<DeadLetter> deadLetters = HandoffSink.to(run + "/dead-letters", outputs::deadLetter);
        try {
            new FeedbackPipeline(config).defineWorkflow(env,
                    new PipelineSources(sources.get(INPUTS.indexOf(Topics.REVIEWS)),
                            sources.get(INPUTS.indexOf(Topics.MENTIONS)), sources.get(INPUTS.indexOf(Topics.INITIATIVES)),
                            sources.get(INPUTS.indexOf(Topics.SAVED_QUERIES))),
                    new PipelineSinks(feedback, alerts, deadLetters));
            env.execute("pullwatch-backtest");
        } finally {
            feedback.release();
            alerts.release();
            deadLetters.release();
        }
    }

    /**
     * One input topic's records, spooled in emission order: the file, where each record came from
     * ({@code fileIndex << 32 | line}), and their times and ids for the pacer.
     */
    private record Topic(TopicSpec<RawRecord> spec, Path file, long[] origins, EventTimePacer.Stream stream) {}

    private record Line(long time, byte[] key, byte[] value, long origin) {}

    private static List<Topic> spool(List<Path> files, Path work, TopicSpec<?> contractTopic) throws IOException {
        Map<TopicSpec<?>, List<Line>> byTopic = new LinkedHashMap<>();
        INPUTS.forEach(t -> byTopic.put(t, new ArrayList<>()));
        RecordedLineMapper mapper = new RecordedLineMapper(JsonMappers.create());
        for (int f = 0; f < files.size(); f++) {
            try (BufferedReader reader = JsonLines.open(files.get(f))) {
                int number = 0;
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    number++;
                    if (text.isBlank()) {
                        continue;
                    }
                    ReplayRecord record = map(mapper, text, contractTopic);
                    long time = record.eventTime() == null ? EventTimePacer.UNKNOWN : record.eventTime().toEpochMilli();
                    byTopic.get(record.topic()).add(new Line(time,
                            record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                            record.value(), (long) f << 32 | number));
                }
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (TopicSpec<RawRecord> spec : INPUTS) {
            topics.add(write(spec, inTimeOrder(byTopic.get(spec)), work.resolve(spec.logicalName() + ".spool")));
        }
        return topics;
    }

    /** Maps one line as {@code replay} would; a line the mapper cannot handle is sent on as is, to be refused. */
    private static ReplayRecord map(RecordedLineMapper mapper, String text, TopicSpec<?> contractTopic) {
        try {
            return mapper.map(text, contractTopic);
        } catch (RuntimeException unmappable) {
            return new ReplayRecord(contractTopic, null, null, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Stable sort by event time. A record without one takes the time of the record before it (or, at the start, of
     * the first that has one), so that it stays where the file put it.
     */
    private static List<Line> inTimeOrder(List<Line> lines) {
        long carried = lines.stream().mapToLong(Line::time).filter(t -> t != EventTimePacer.UNKNOWN).findFirst()
                .orElse(EventTimePacer.UNKNOWN);
        List<Line> timed = new ArrayList<>(lines.size());
        for (Line line : lines) {
            carried = line.time() == EventTimePacer.UNKNOWN ? carried : line.time();
            timed.add(new Line(carried, line.key(), line.value(), line.origin()));
        }
        timed.sort(Comparator.comparingLong(Line::time));
        return timed;
    }

    private static Topic write(TopicSpec<RawRecord> spec, List<Line> lines, Path file) throws IOException {
        long[] origins = new long[lines.size()];
        long[] times = new long[lines.size()];
        List<String> ids = new ArrayList<>(lines.size());
        try (RecordSpool.Writer writer = new RecordSpool.Writer(file)) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                writer.write(new RecordSpool.Entry(line.time(), line.key(), line.value()));
                origins[i] = line.origin();
                times[i] = line.time();
                ids.add(line.key() == null ? null : new String(line.key(), StandardCharsets.UTF_8));
            }
        }
        boolean feedback = spec == Topics.REVIEWS || spec == Topics.MENTIONS;
        return new Topic(spec, file, origins, new EventTimePacer.Stream(times, feedback ? ids : null));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Receives the three outputs: counts them, notes where dead letters came from, tells the listener. */
    private final class Outputs {
        private final BacktestListener listener;
        private final List<Path> files;
        private final List<Topic> topics;
        private final AtomicLong feedback = new AtomicLong();
        private final AtomicLong alerts = new AtomicLong();
        private final AtomicLong late = new AtomicLong();
        private final Map<DeadLetterReason, AtomicLong> deadLetters = new ConcurrentHashMap<>();
        private final Map<DeadLetterReason, List<String>> examples = new ConcurrentHashMap<>();
        private volatile EventTimePacer pacer;

        Outputs(BacktestListener listener, List<Path> files, List<Topic> topics) {
            this.listener = listener;
            this.files = files;
            this.topics = topics;
        }

        void feedback(Feedback record, Long timestamp, long watermark) {
            feedback.incrementAndGet();
            if (timestamp != null && timestamp < watermark) {
                late.incrementAndGet();
            }
            TopicSpec<RawRecord> source = record.kind() == FeedbackKind.REVIEW ? Topics.REVIEWS : Topics.MENTIONS;
            String id = record.kind() == FeedbackKind.REVIEW ? record.review().id() : record.mention().id();
            pacer.consumed(INPUTS.indexOf(source), id);
            listener.feedback(record);
        }

        void alert(Alert alert, Long timestamp, long watermark) {
            alerts.incrementAndGet();
            listener.alert(alert, timestamp == null ? null : Instant.ofEpochMilli(timestamp));
        }

        /**
         * Feedback comes out where the detectors' input leaves: a watermark seen here is already on its way to them,
         * ahead of any record emitted after it, which is what the pacer waits for.
         */
        final class FeedbackReceiver implements HandoffSink.Receiver<Feedback> {
            @Override
            public void receive(Feedback record, Long timestamp, long watermark) {
                feedback(record, timestamp, watermark);
            }

            @Override
            public void watermark(long watermark) {
                pacer.watermark(watermark);
            }
        }

        void deadLetter(DeadLetter letter, Long timestamp, long watermark) {
            int source = sourceOf(letter);
            if (source >= 0) {
                pacer.consumed(source, letter.offset());
            }
            String origin = originOf(letter, source);
            deadLetters.computeIfAbsent(letter.reason(), r -> new AtomicLong()).incrementAndGet();
            List<String> cited = examples.computeIfAbsent(letter.reason(), r -> new CopyOnWriteArrayList<>());
            if (cited.size() < EXAMPLES_PER_REASON) {
                cited.add(origin);
            }
            listener.deadLetter(letter, origin);
        }

        /** The index of the topic the refused record was read from, or −1. */
        private int sourceOf(DeadLetter letter) {
            for (int i = 0; i < topics.size(); i++) {
                if (config.topicName(topics.get(i).spec()).equals(letter.sourceTopic())) {
                    return i;
                }
            }
            return -1;
        }

        /** {@code file:line} of the refused record, from its topic and its position in that topic's spool. */
        private String originOf(DeadLetter letter, int source) {
            if (source >= 0 && letter.offset() >= 0 && letter.offset() < topics.get(source).origins().length) {
                long origin = topics.get(source).origins()[(int) letter.offset()];
                return files.get((int) (origin >>> 32)).getFileName() + ":" + (int) origin;
            }
            return letter.sourceTopic() + "@" + letter.offset();
        }

        Map<DeadLetterReason, Long> deadLetterCounts() {
            Map<DeadLetterReason, Long> counts = new EnumMap<>(DeadLetterReason.class);
            deadLetters.forEach((reason, count) -> counts.put(reason, count.get()));
            return counts;
        }

        Map<DeadLetterReason, List<String>> deadLetterExamples() {
            Map<DeadLetterReason, List<String>> copy = new EnumMap<>(DeadLetterReason.class);
            examples.forEach((reason, cited) -> copy.put(reason, List.copyOf(cited)));
            return copy;
        }
    }
}
