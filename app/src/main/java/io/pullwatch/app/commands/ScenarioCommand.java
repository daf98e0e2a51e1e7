package io.pullwatch.app.commands;

import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.scenario.Scenario;
import io.pullwatch.core.scenario.ScenarioFiles;
import io.pullwatch.core.scenario.Wave;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the demo scenario with its ground truth, for evaluations and for replaying elsewhere. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Write the demo scenario's stream, with ground-truth labels, as JSON lines (.gz compresses).")
public final class ScenarioCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (.jsonl or .jsonl.gz).")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", defaultValue = "2025-03-01T09:00:00Z",
            description = "Scenario start, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Instant start;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = DemoScenario.generate(seed, start);
        try (OutputStream file = Files.newOutputStream(out);
                OutputStream stream = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
            ScenarioFiles.writeJsonl(scenario, stream);
        }
        System.err.printf("Wrote %d events to %s%n", scenario.events().size(), out);
        for (Wave wave : scenario.waves()) {
            System.err.printf("  %s: %s wave about %s at %s, %s to %s, %d events%n", wave.id(), wave.polarity(),
                    wave.initiativeId(), wave.storeId(), wave.start(), wave.end(), wave.eventCount());
        }
        return 0;
    }
}
