package io.pullwatch.app.commands;

import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.scenario.ImpactScenario;
import io.pullwatch.core.scenario.PlantedEffect;
import io.pullwatch.core.scenario.PlantedRisk;
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

/**
 * Writes a scenario with its ground truth, for evaluations and for replaying elsewhere: the demo (waves to detect,
 * initiatives to attribute) or the impact scenario (initiatives of known effect, risk bursts).
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Write a scenario's stream, with ground-truth labels, as JSON lines (.gz compresses).")
public final class ScenarioCommand implements Callable<Integer> {

    /** Which scenario to write. */
    enum Kind { DEMO, IMPACT }

    @Option(names = "--kind", defaultValue = "DEMO",
            description = "DEMO (two hours, two waves) or IMPACT (32 hours, initiatives of known effect and risk"
                    + " bursts; its start defaults to the evaluation's) (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (.jsonl or .jsonl.gz).")
    Path out;

    @Option(names = "--seed", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", description = "Scenario start, ISO-8601 (default: 2025-03-01T09:00:00Z for the demo,"
            + " 2025-03-02T12:00:00Z for the impact scenario).")
    Instant start;

    @Override
    public Integer call() throws Exception {
        ImpactScenario impact = kind == Kind.IMPACT
                ? ImpactScenario.generate(seed, start == null ? Instant.parse("2025-03-02T12:00:00Z") : start) : null;
        Scenario scenario = impact != null ? impact.scenario()
                : DemoScenario.generate(seed, start == null ? Instant.parse("2025-03-01T09:00:00Z") : start);
        try (OutputStream file = Files.newOutputStream(out);
                OutputStream stream = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
            ScenarioFiles.writeJsonl(scenario, stream);
        }
        System.err.printf("Wrote %d events to %s%n", scenario.events().size(), out);
        for (Wave wave : scenario.waves()) {
            System.err.printf("  %s: %s wave about %s at %s, %s to %s, %d events%n", wave.id(), wave.polarity(),
                    wave.initiativeId(), wave.storeId(), wave.start(), wave.end(), wave.eventCount());
        }
        if (impact != null) {
            for (PlantedEffect effect : impact.effects()) {
                System.err.printf("  effect %s of %s at %s from %s, %d events, detectable %s%n",
                        effect.direction(), effect.initiativeId(), effect.storeId(), effect.onset(), effect.events(),
                        effect.detectableAt() == null ? "never (no effect)" : "at " + effect.detectableAt());
            }
            for (PlantedRisk risk : impact.risks()) {
                System.err.printf("  risk %s (%s) of %s at %s from %s, %d events, detectable at %s%n", risk.id(),
                        risk.risk(), risk.initiativeId(), risk.storeId(), risk.onset(), risk.events(),
                        risk.detectableAt());
            }
        }
        return 0;
    }
}
