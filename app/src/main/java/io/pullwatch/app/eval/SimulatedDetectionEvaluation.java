package io.pullwatch.app.eval;

import io.pullwatch.app.backtest.Backtest;
import io.pullwatch.core.evaluation.DetectionScoring;
import io.pullwatch.core.evaluation.ScoreCard;
import io.pullwatch.core.simulation.FeedbackSimulator;
import io.pullwatch.core.simulation.SimulatedStream;
import io.pullwatch.core.simulation.SimulationFiles;
import io.pullwatch.core.simulation.SimulationSettings;
import io.pullwatch.core.simulation.TruthWave;
import io.pullwatch.core.simulation.WaveSpeed;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Detection on simulated streams with known waves: for each seed, a stream from {@link FeedbackSimulator}, the
 * pipeline over it through the {@link Backtest}, the vendor rule and the Poisson threshold over the same feedback,
 * each scored by {@link DetectionScoring}; the seeds added up.
 */
final class SimulatedDetectionEvaluation {

    static final String PIPELINE = "Pullwatch pipeline";
    static final String VENDOR = "vendor rule (1 h vs 12 h, 3 sd, hourly)";
    static final String POISSON = "Poisson threshold (1-min buckets, α = 1e-4)";

    private final Backtest backtest;
    private final List<Long> seeds;
    private final int days;
    private final PrintWriter out;
    private final PrintStream progress;

    SimulatedDetectionEvaluation(Backtest backtest, List<Long> seeds, int days, PrintWriter out, PrintStream progress) {
        this.backtest = backtest;
        this.seeds = List.copyOf(seeds);
        this.days = days;
        this.out = out;
        this.progress = progress;
    }

    /** The score cards of the pipeline and the two baselines, in that order, over all seeds. */
    Map<String, ScoreCard> run() throws Exception {
        Map<String, ScoreCard> cards = new LinkedHashMap<>();
        cards.put(PIPELINE, ScoreCard.EMPTY);
        cards.put(VENDOR, ScoreCard.EMPTY);
        cards.put(POISSON, ScoreCard.EMPTY);
        long events = 0;
        int waves = 0;
        DetectionScoring scoring = DetectionScoring.standard();
        Path directory = Files.createTempDirectory("pullwatch-eval-detection");
        try {
            for (long seed : seeds) {
                SimulatedStream stream = FeedbackSimulator.generate(SimulationSettings.defaults(seed, days));
                Path file = directory.resolve("simulated-" + seed + ".jsonl");
                try (OutputStream os = Files.newOutputStream(file)) {
                    SimulationFiles.writeStream(stream, os);
                }
                DetectionRun run = DetectionRun.of(backtest, file);
                Files.delete(file);
                progress.printf("seed %d: %,d events, %d waves, pipeline %,d episodes in %.0f s%n", seed,
                        stream.events().size(), stream.truth().waves().size(), run.pipeline().size(),
                        run.summary().elapsed().toMillis() / 1000.0);
                events += stream.events().size();
                waves += stream.truth().waves().size();
                cards.merge(PIPELINE, scoring.score(run.pipeline(), stream.truth()), ScoreCard::plus);
                cards.merge(VENDOR, scoring.score(run.vendor(), stream.truth()), ScoreCard::plus);
                cards.merge(POISSON, scoring.score(run.poisson(), stream.truth()), ScoreCard::plus);
            }
        } finally {
            Files.deleteIfExists(directory);
        }
        report(cards, events, waves);
        return cards;
    }

    private void report(Map<String, ScoreCard> cards, long events, int waves) {
        ScoreCard any = cards.get(PIPELINE);
        out.printf("%d seeds (%s) × %d days: %,d events, %d waves, %.0f scored days (the first day of each stream is a "
                        + "warm-up without waves).%n%n", seeds.size(), seeds, days, events, waves, any.scoredDays());
        out.println("| detector | alert episodes / day | incidents / day | false alarms / day | precision | recall, "
                + "waves ≥ 5× | median time to detect (≥ 5×) | p90 time to detect (≥ 5×) |");
        out.println("|---|---|---|---|---|---|---|---|");
        cards.forEach((name, card) -> out.printf("| %s | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n", name,
                card.episodesPerDay(), card.incidents() / card.scoredDays(), card.falseAlarmsPerDay(),
                ratio(card.precision()),
                ratio(card.recallAtLeast(5)), minutes(card.timeToDetect(w -> w.multiplier() >= 5, 0.5)),
                minutes(card.timeToDetect(w -> w.multiplier() >= 5, 0.9))));
        out.println();

        out.print("| detector (recall; median time to detect) |");
        FeedbackSimulator.MULTIPLIERS.forEach(m -> out.printf(" %.0f× (%d waves) |", m,
                any.waveCount(w -> w.multiplier() == m)));
        out.println();
        out.println("|---" + "|---".repeat(FeedbackSimulator.MULTIPLIERS.size()) + "|");
        cards.forEach((name, card) -> {
            out.printf("| %s |", name);
            for (double m : FeedbackSimulator.MULTIPLIERS) {
                Predicate<TruthWave> at = w -> w.multiplier() == m;
                out.printf(" %s; %s |", ratio(card.recallAt(m)), minutes(card.timeToDetect(at, 0.5)));
            }
            out.println();
        });
        out.println();

        out.print("| detector, waves ≥ 5× (recall; median time to detect) |");
        for (WaveSpeed speed : WaveSpeed.values()) {
            out.printf(" %s (%d) |", label(speed), any.waveCount(w -> w.speed() == speed && w.multiplier() >= 5));
        }
        out.println();
        out.println("|---" + "|---".repeat(WaveSpeed.values().length) + "|");
        cards.forEach((name, card) -> {
            out.printf("| %s |", name);
            for (WaveSpeed speed : WaveSpeed.values()) {
                out.printf(" %s; %s |", ratio(card.recallFor(speed, 5)),
                        minutes(card.timeToDetect(w -> w.speed() == speed && w.multiplier() >= 5, 0.5)));
            }
            out.println();
        });
        out.println();

        ScoreCard pipeline = cards.get(PIPELINE);
        out.printf("Cascade alerts (scope `cascade:<root>`) from the pipeline: %d episodes, precision %s; viral cascades "
                        + "(≥ 1,000 reshares) detected %s of %d, median %s after the root post. Incidents on a store or "
                        + "the brand explained by a large cascade (≥ 100 reshares) instead of a wave: %d (pipeline), "
                        + "%d (vendor), %d (Poisson).%n%n", pipeline.cascadeEpisodes(),
                ratio(pipeline.cascadePrecision()), ratio(pipeline.cascadeRecall()), pipeline.cascades().size(),
                minutes(pipeline.cascadeTimeToDetect(0.5)), pipeline.explained(), cards.get(VENDOR).explained(),
                cards.get(POISSON).explained());
        acceptance(cards);
        out.flush();
    }

    /** The Virality issue's acceptance on the simulator, checked on the figures above. */
    private void acceptance(Map<String, ScoreCard> cards) {
        ScoreCard ours = cards.get(PIPELINE);
        ScoreCard vendor = cards.get(VENDOR);
        boolean quality = ours.precision() >= 0.9 && ours.recallAtLeast(5) >= 0.9;
        Duration oursMedian = ours.timeToDetect(w -> w.multiplier() >= 5, 0.5);
        Duration vendorMedian = vendor.timeToDetect(w -> w.multiplier() >= 5, 0.5);
        boolean fast = oursMedian != null && vendorMedian != null
                && oursMedian.multipliedBy(10).compareTo(vendorMedian) <= 0 && ours.precision() >= vendor.precision();
        out.printf("Acceptance: precision ≥ 0.9 and recall ≥ 0.9 on waves ≥ 5×: **%s** (%s, %s); median time to detect "
                        + "at most a tenth of the vendor rule's, at no lower precision: **%s** (%s against %s; "
                        + "precision %s against %s).%n", quality ? "met" : "not met", ratio(ours.precision()),
                ratio(ours.recallAtLeast(5)), fast ? "met" : "not met", minutes(oursMedian), minutes(vendorMedian),
                ratio(ours.precision()), ratio(vendor.precision()));
    }

    private static String label(WaveSpeed speed) {
        return switch (speed) {
            case SUDDEN -> "sudden";
            case RAMP_10_MIN -> "10-min ramp";
            case RAMP_1_H -> "1-h ramp";
        };
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.2f", value);
    }

    /** Minutes with a decimal; from two hours on, hours. */
    static String minutes(Duration duration) {
        if (duration == null) {
            return "–";
        }
        double minutes = duration.toMillis() / 60_000.0;
        return minutes < 120 ? String.format("%.1f min", minutes) : String.format("%.1f h", minutes / 60);
    }
}
