package io.pullwatch.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.backtest.Backtest;
import io.pullwatch.app.backtest.BacktestListener;
import io.pullwatch.app.backtest.BacktestSummary;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the whole pipeline over recorded streams, in event time, and writes every alert as a JSON line. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline over recorded streams, bounded and in event time, on a local Flink "
                + "environment; write every alert revision as one JSON line (the alert contract).",
                "Reads what replay reads: the shared datasets' format, scenario and simulation files, the project's "
                        + "own contracts (.jsonl or .jsonl.gz). A summary, with dead letters per reason, goes to "
                        + "standard error."})
public final class BacktestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recorded streams, merged in event time.")
    List<Path> files;

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = "reviews",
            description = "Input topic of lines in the project's own contracts (reviews, mentions or initiatives; "
                    + "default: ${DEFAULT-VALUE}). Dataset and scenario lines name their own.")
    String topic;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the alerts (default: standard output).")
    Path out;

    @Option(names = "--feedback-out", paramLabel = "FILE",
            description = "Also write the enriched, attributed feedback as JSON lines (default: discarded).")
    Path feedbackOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PullwatchConfig config = configOptions.load();
        Backtest backtest = new Backtest(config, ReplayCommand.resolve(config, topic));
        try (Writer alerts = out == null ? spec.commandLine().getOut() : writer(out);
                Writer feedback = feedbackOut == null ? null : writer(feedbackOut)) {
            BacktestSummary summary = backtest.run(files, new LineWriters(alerts, feedback));
            alerts.flush();
            report(summary);
        }
        return 0;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
    }

    private void report(BacktestSummary summary) {
        var err = spec.commandLine().getErr();
        err.printf("Backtest: %,d records (%s) -> %,d feedback, %,d alert revisions, %,d dead letters, in %.1f s%n",
                summary.records(), String.join(", ", summary.recordsPerTopic().entrySet().stream()
                        .filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).toList()),
                summary.feedback(), summary.alertRevisions(), summary.deadLetterCount(),
                summary.elapsed().toMillis() / 1000.0);
        summary.deadLetters().forEach((reason, count) -> err.printf("  dead letters %s: %,d (e.g. %s)%n",
                reason.name().toLowerCase().replace('_', '-'), count,
                String.join(", ", summary.deadLetterExamples().getOrDefault(reason, List.of()))));
        if (summary.lateFeedback() > 0) {
            err.printf("  %,d feedback reached the end of the pipeline behind the watermark: the detector may have"
                    + " left them out%n", summary.lateFeedback());
        }
        err.flush();
    }

    /** Writes alerts (and, if asked, feedback) as JSON lines as they come. */
    private static final class LineWriters implements BacktestListener {
        private final ObjectMapper json = JsonMappers.create();
        private final Writer alerts;
        private final Writer feedback;

        LineWriters(Writer alerts, Writer feedback) {
            this.alerts = alerts;
            this.feedback = feedback;
        }

        @Override
        public void alert(Alert alert, Instant emittedAt) {
            write(alerts, alert);
        }

        @Override
        public void feedback(Feedback record) {
            if (feedback != null) {
                write(feedback, record);
            }
        }

        private void write(Writer writer, Object record) {
            try {
                writer.write(json.writeValueAsString(record));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
