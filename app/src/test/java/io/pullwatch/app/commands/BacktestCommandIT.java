package io.pullwatch.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.PullwatchCli;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.simulation.SimulationFiles;
import io.pullwatch.core.simulation.SimulationTruth;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code pullwatch simulate} then {@code pullwatch backtest} on what it wrote, with a second file (mentions in the
 * project's own contract) of bad lines and a burst at the very end of the input: alerts come out as JSON lines, every
 * episode resolves (the last ones because the input ends), bad lines are counted by reason, and every good event
 * comes out as feedback.
 */
class BacktestCommandIT {

    private static final ObjectMapper JSON = JsonMappers.create();

    @TempDir
    Path dir;

    @Test
    void backtestsASimulatedStreamAndWritesEveryAlertAsAJsonLine() throws Exception {
        Path simulated = dir.resolve("sim.jsonl.gz");
        StringWriter simulateErr = new StringWriter();
        assertThat(cli(new StringWriter(), simulateErr).execute("simulate", "--seed", "3", "--days", "2", "--out",
                simulated.toString())).as(simulateErr::toString).isZero();
        SimulationTruth truth;
        try (InputStream in = Files.newInputStream(SimulationFiles.truthPathOf(simulated))) {
            truth = SimulationFiles.readTruth(in);
        }
        Path extra = dir.resolve("extra.jsonl");
        List<String> lines = new ArrayList<>(List.of("{\"id\": \"broken\", \"text\": ", "{\"schemaVersion\": 1, "
                + "\"id\": \"m-1\", \"platform\": \"x\", \"authorId\": \"x:1\", \"text\": \"hello\", "
                + "\"createdAt\": \"yesterday\"}"));
        Instant end = truth.end();
        for (int i = 0; i < 15; i++) {
            lines.add(burst(i, end.plusSeconds(60 + i)));
        }
        Files.write(extra, lines);
        Path alertsFile = dir.resolve("alerts.jsonl");
        Path feedbackFile = dir.resolve("feedback.jsonl");
        StringWriter err = new StringWriter();

        int exit = cli(new StringWriter(), err).execute("backtest", "--topic", "mentions", "--out",
                alertsFile.toString(), "--feedback-out", feedbackFile.toString(), simulated.toString(),
                extra.toString());

        assertThat(exit).as(err::toString).isZero();
        List<Alert> alerts = new ArrayList<>();
        for (String line : Files.readAllLines(alertsFile)) {
            alerts.add(JSON.readValue(line, Alert.class));
        }
        assertThat(alerts).isNotEmpty();
        Map<String, List<Alert>> episodes = alerts.stream().collect(Collectors.groupingBy(Alert::alertId));
        assertThat(episodes.values()).allSatisfy(revisions -> {
            assertThat(revisions).extracting(Alert::status).contains(AlertStatus.OPENED, AlertStatus.RESOLVED);
            assertThat(revisions.stream().mapToInt(Alert::revision).distinct().count()).isEqualTo(revisions.size());
        });
        // The burst after the simulated stream's end alerts, and its episode ends only because the input does.
        assertThat(alerts).filteredOn(a -> a.scope().equals("store:lille-centre") && a.status() == AlertStatus.RESOLVED
                        && !a.windowEnd().isBefore(end))
                .isNotEmpty();
        List<String> feedback = Files.readAllLines(feedbackFile);
        long simulatedEvents = countLines(simulated);
        assertThat(feedback).hasSize((int) simulatedEvents + 15);
        assertThat(JSON.readValue(feedback.get(0), Feedback.class).sentiment()).isNotNull();
        assertThat(err.toString())
                .contains("dead letters malformed-json: 1 (e.g. extra.jsonl:1)")
                .contains("dead letters bad-timestamp: 1 (e.g. extra.jsonl:2)")
                .doesNotContain("behind the watermark");
    }

    /** A furious post about the Lille store, minutes after everything else. */
    private static String burst(int i, Instant at) {
        return "{\"schemaVersion\": 1, \"id\": \"burst-" + i + "\", \"platform\": \"x\", \"authorId\": \"x:" + i
                + "\", \"text\": \"Waited forty minutes at the till with one checkout open, terrible. Unacceptable.\","
                + " \"language\": \"en\", \"createdAt\": \"" + at + "\", \"storeHint\": \"lille-centre\"}";
    }

    private static long countLines(Path gz) throws Exception {
        return io.pullwatch.connectors.replay.JsonLines.count(gz);
    }

    private static CommandLine cli(StringWriter out, StringWriter err) {
        CommandLine cli = PullwatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

}
