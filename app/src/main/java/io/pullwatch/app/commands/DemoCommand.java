package io.pullwatch.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.console.RecordFormatter;
import io.pullwatch.app.console.TopicFollower;
import io.pullwatch.app.runtime.DemoSearch;
import io.pullwatch.app.runtime.EmbeddedRuntime;
import io.pullwatch.app.runtime.HeapUse;
import io.pullwatch.app.runtime.Publisher;
import io.pullwatch.app.runtime.ScenarioRecords;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.JsonLines;
import io.pullwatch.connectors.replay.RecordedLineMapper;
import io.pullwatch.connectors.replay.ReplayPublisher;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.scenario.Scenario;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The one-command demo: an in-process Kafka broker and Flink MiniCluster, the sample initiatives, the search service
 * (its address and a token per role printed), and a scripted two hours of feedback replayed on an accelerated clock,
 * with alerts printed as they fire.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run everything embedded (Kafka, Flink, the pipeline) on a scripted scenario and print alerts.")
public final class DemoCommand implements Callable<Integer> {

    /** Exactly-once output becomes visible at checkpoints: check often so that alerts show within seconds. */
    private static final Map<String, String> DEMO_SETTINGS = Map.of(
            "pipeline.checkpoint-interval", "1 s",
            "kafka.group-id", "pullwatch-demo",
            "kafka.starting-offsets", "EARLIEST");

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--kafka-port", defaultValue = "9092",
            description = "Port of the embedded Kafka broker, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--speed", defaultValue = "180",
            description = "Scenario seconds per real second (default: ${DEFAULT-VALUE}: two hours in 40 s).")
    double speed;

    @Option(names = "--search-port", defaultValue = "8088",
            description = "Port of the search service's web page and API, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int searchPort;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the scenario (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--exit-after-scenario",
            description = "Stop once the scenario is replayed and its alerts are out, instead of waiting for Ctrl-C.")
    boolean exitAfterScenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PullwatchConfig config = configOptions.load().with(DEMO_SETTINGS);
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedRuntime runtime = EmbeddedRuntime.start(kafkaPort, config);
                DemoSearch search = DemoSearch.start(runtime, searchPort)) {
            Thread onCtrlC = new Thread(() -> {
                stopped.countDown();
                search.close();
                runtime.close();
            });
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            out.println("Kafka broker   " + runtime.bootstrapServers() + " (topics created)");
            long initiatives = publishSampleInitiatives(runtime.config());
            out.println("Initiatives    " + initiatives + " loaded from " + Installation.sampleInitiatives());
            runtime.startPipeline(false);
            out.println("Pipeline       running on a local Flink MiniCluster, parallelism "
                    + runtime.config().get(PullwatchOptions.PARALLELISM));
            search.print(out);
            long heapAtStart = HeapUse.usedNow();

            AlertCounter counter = new AlertCounter(out);
            ImpactPrinter notices = new ImpactPrinter(out);
            try (TopicFollower alerts = new TopicFollower(runtime.bootstrapServers(),
                    runtime.config().topicName(Topics.ALERTS), true, counter::onRecord);
                    TopicFollower impact = new TopicFollower(runtime.bootstrapServers(),
                            runtime.config().topicName(Topics.IMPACT), true, notices::onRecord)) {
                alerts.startInBackground("demo-alerts");
                impact.startInBackground("demo-impact");
                Scenario scenario = DemoScenario.generate(seed, Instant.now().minus(DemoScenario.LENGTH)
                        .minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES));
                out.printf("Scenario       %d events over %d h of scenario time at %.0fx: alerts (▲ △ ▽) and impact"
                        + " notices (◆) appear below%n%n",
                        scenario.events().size(), DemoScenario.LENGTH.toHours(), speed);
                try (Publisher publisher = new Publisher(runtime.config())) {
                    publisher.publish(ScenarioRecords.feedbackOf(scenario).iterator(), speed, done -> { });
                }
                // Let the last checkpoints commit the alerts of the final minutes.
                Thread.sleep(4_000);
                out.printf("%nScenario replayed: %d alerts opened (%d positive, %d negative). Heap in use: %d MiB at"
                                + " start, peak %d MiB of %d MiB.%n", counter.opened.get(), counter.positive.get(),
                        counter.negative.get(), heapAtStart >> 20, HeapUse.peak() >> 20, HeapUse.max() >> 20);
                if (!exitAfterScenario) {
                    out.println("Still running: Kafka at " + runtime.bootstrapServers() + ", search at "
                            + search.address() + " (try ./pullwatch replay FILE or ./pullwatch tail feedback)."
                            + " Ctrl-C to stop.");
                    out.flush();
                    stopped.await();
                }
            }
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
        }
        return 0;
    }

    private static long publishSampleInitiatives(PullwatchConfig config) throws Exception {
        RecordedLineMapper mapper = new RecordedLineMapper(JsonMappers.create());
        try (Publisher publisher = new Publisher(config);
                BufferedReader lines = JsonLines.open(Installation.sampleInitiatives())) {
            return publisher.publish(ReplayPublisher.lines(lines, line -> mapper.map(line, Topics.INITIATIVES)), 0,
                    done -> { });
        }
    }

    /** Prints each alert and counts the episodes opened, by polarity. */
    private static final class AlertCounter {
        private final PrintWriter out;
        private final ObjectMapper json = JsonMappers.create();
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger positive = new AtomicInteger();
        final AtomicInteger negative = new AtomicInteger();

        AlertCounter(PrintWriter out) {
            this.out = out;
        }

        void onRecord(ConsumerRecord<byte[], byte[]> record) {
            try {
                Alert alert = json.readValue(record.value(), Alert.class);
                out.println(RecordFormatter.alert(alert));
                out.flush();
                if (alert.status() == AlertStatus.OPENED) {
                    opened.incrementAndGet();
                    (alert.polarity() == Polarity.POSITIVE ? positive : negative).incrementAndGet();
                }
            } catch (IOException e) {
                out.println("(unreadable alert: " + e.getMessage() + ")");
            }
        }
    }

    /** Prints each impact notice for store managers as {@code ./pullwatch tail impact} would. */
    private static final class ImpactPrinter {
        private final PrintWriter out;
        private final ObjectMapper json = JsonMappers.create();

        ImpactPrinter(PrintWriter out) {
            this.out = out;
        }

        void onRecord(ConsumerRecord<byte[], byte[]> record) {
            try {
                out.println(RecordFormatter.impact(json.readValue(record.value(), ImpactNotification.class)));
            } catch (IOException e) {
                out.println("(unreadable impact notice: " + e.getMessage() + ")");
            }
            out.flush();
        }
    }
}
