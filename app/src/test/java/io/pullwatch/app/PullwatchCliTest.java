package io.pullwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PullwatchCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = PullwatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "run", "replay", "tail", "scenario", "bench", "serve", "backtest",
                "simulate");
    }

    @Test
    void serveRefusesAnUnknownSearchKeyNamingIt() {
        assertThat(run("serve", "--set", "search.prot=80")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("unknown configuration key 'search.prot'");
    }

    @Test
    void aConfigurationErrorNamesTheKeyAndExitsWithAUsageError() {
        assertThat(run("run", "--set", "detection.treshold=3")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("unknown configuration key 'detection.treshold'");

        assertThat(run("run", "--set", "pipeline.checkpoint-interval=often")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("'pipeline.checkpoint-interval' = 'often'");
    }

    @Test
    void aMissingConfigurationFileIsNamed() {
        assertThat(run("run", "--config", "nowhere.properties")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("nowhere.properties");
    }

    @Test
    void replayRefusesAMissingFileAndAnOutputTopic() {
        assertThat(run("replay", "no-such-file.jsonl")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("cannot read no-such-file.jsonl");

        assertThat(run("replay", "--topic", "alerts", "no-such-file.jsonl")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("'alerts' is not an input topic");
    }

    @Test
    void backtestRefusesAMissingFileAndSimulateAStreamWithNothingToScore() {
        assertThat(run("backtest", "no-such-file.jsonl")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("cannot read no-such-file.jsonl");

        assertThat(run("simulate", "--days", "1", "--out", "unused.jsonl")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("days must be at least 2");
    }

    @Test
    void anUnknownCommandOrBenchmarkIsAUsageError() {
        assertThat(run("fly")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(run("bench", "everything")).isEqualTo(PullwatchCli.USAGE_ERROR);
        assertThat(err.toString()).contains("unknown benchmark 'everything'");
    }
}
