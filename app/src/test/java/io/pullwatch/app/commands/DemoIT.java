package io.pullwatch.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.app.PullwatchCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The demo command end to end, as a user runs it, only faster: both waves must be alerted, with their initiative. */
class DemoIT {

    @Test
    void theDemoAlertsOnTheNegativeAndThePositiveWaveWithTheirInitiatives() {
        StringWriter out = new StringWriter();
        CommandLine cli = PullwatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        long started = System.nanoTime();

        int exit = cli.execute("demo", "--kafka-port", "0", "--search-port", "0", "--speed", "600",
                "--exit-after-scenario");

        assertThat(exit).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(90));
        assertThat(out.toString().lines())
                .anySatisfy(line -> assertThat(line).contains("OPENED", "NEGATIVE", "store:lille-centre",
                        "initiatives=init-flash30"))
                .anySatisfy(line -> assertThat(line).contains("OPENED", "POSITIVE", "store:lyon-part-dieu",
                        "initiatives=init-jf-chat"))
                .anySatisfy(line -> assertThat(line).contains("RESOLVED"))
                .noneSatisfy(line -> assertThat(line).contains("store:paris-rivoli"));
        assertThat(out.toString()).containsPattern("Scenario replayed: \\d+ alerts opened")
                .containsPattern("Search +http://127\\.0\\.0\\.1:\\d+/")
                .containsPattern("marketing +token [0-9a-f]{32} +http://127\\.0\\.0\\.1:\\d+/#token=[0-9a-f]{32}")
                .containsPattern("operations +token [0-9a-f]{32}")
                .containsPattern("store-manager:lille-centre +token [0-9a-f]{32}");
    }
}
