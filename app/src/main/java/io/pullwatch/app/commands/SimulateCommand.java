package io.pullwatch.app.commands;

import io.pullwatch.core.simulation.FeedbackSimulator;
import io.pullwatch.core.simulation.SimulatedStream;
import io.pullwatch.core.simulation.SimulationFiles;
import io.pullwatch.core.simulation.SimulationSettings;
import io.pullwatch.core.simulation.SimulationTruth;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a simulated, labelled feedback stream and its answer key. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Write a simulated feedback stream with known waves and reshare cascades as JSON lines "
                + "(.gz compresses), and its answer key beside it as FILE.truth.json.",
                "Twelve stores and the brand with daily and weekly cycles and overdispersed noise; positive and "
                        + "negative waves of 2 to 20 times the baseline, sudden or ramping; self-exciting reshare "
                        + "cascades (SEISMIC kernel). The same seed gives the same stream. Backtest it with "
                        + "./pullwatch backtest FILE."})
public final class SimulateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write (.jsonl or .jsonl.gz).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", defaultValue = "7", description = "Days to simulate, the first a warm-up without waves "
            + "(default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--start", paramLabel = "INSTANT", description = "Start of the stream, ISO-8601 (default: "
            + "2025-03-03T00:00:00Z, a Monday).")
    Instant start;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SimulationSettings defaults = SimulationSettings.defaults(seed, days);
        SimulationSettings settings = start == null ? defaults : new SimulationSettings(seed, start, days,
                defaults.stores(), defaults.brandPerMinute(), defaults.storeMinPerMinute(),
                defaults.storeMaxPerMinute(), defaults.wavesPerDay(), defaults.cascadesPerDay(),
                defaults.viralCascadesPerDay(), defaults.warmUp());
        SimulatedStream stream = FeedbackSimulator.generate(settings);
        try (OutputStream file = Files.newOutputStream(out);
                OutputStream events = out.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
            SimulationFiles.writeStream(stream, events);
        }
        Path truthFile = SimulationFiles.truthPathOf(out);
        try (OutputStream truth = Files.newOutputStream(truthFile)) {
            SimulationFiles.writeTruth(stream.truth(), truth);
        }
        SimulationTruth truth = stream.truth();
        spec.commandLine().getErr().printf("Wrote %,d events (%s to %s) to %s: %d waves, %d cascades (largest %,d); "
                        + "answer key in %s%n", stream.events().size(), truth.start(), truth.end(), out,
                truth.waves().size(), truth.cascades().size(),
                truth.cascades().stream().mapToInt(c -> c.finalSize()).max().orElse(0), truthFile);
        return 0;
    }
}
