package io.pullwatch.app.commands;

import io.pullwatch.app.eval.AttributionEvaluation;
import io.pullwatch.app.eval.CascadeEvaluation;
import io.pullwatch.app.eval.DetectionEvaluation;
import io.pullwatch.app.eval.DevCorpora;
import io.pullwatch.app.eval.ImpactEvaluation;
import io.pullwatch.app.eval.LanguageEvaluation;
import io.pullwatch.app.eval.SentimentEvaluation;
import io.pullwatch.core.understanding.TextUnderstanding;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Quality evaluations on the shared datasets, printed as Markdown for EVALUATION.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate quality on the shared datasets (../shared/data/dev); prints Markdown tables.")
public final class EvalCommand {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Dataset directory (default: ../shared/data/dev beside the installation).")
    Path data;

    @Spec
    CommandSpec spec;

    @Command(name = "sentiment", description = "Sentiment against human ratings and labels, beside VADER in the same run.")
    int sentiment() {
        new SentimentEvaluation(corpora(), TextUnderstanding.standard().sentimentScorer(), out()).run();
        return 0;
    }

    @Command(name = "language", description = "Language identification accuracy on the labelled English and French texts.")
    int language() {
        new LanguageEvaluation(corpora(), TextUnderstanding.standard().languageIdentifier(), out()).run();
        return 0;
    }

    @Command(name = "attribution",
            description = "Attribution precision and recall per rule on the demo scenario's answer key.")
    int attribution(@Mixin ConfigOptions config,
            @Option(names = "--seeds", split = ",", defaultValue = "1,7,42,2025,31337",
                    description = "Scenario seeds (default: ${DEFAULT-VALUE}).") List<Long> seeds) {
        new AttributionEvaluation(seeds, config.load().attributionSettings(), out()).run();
        return 0;
    }

    @Command(name = "impact",
            description = "Impact notifications on the impact scenario's answer key: delay from detectable to notice"
                    + " for each planted effect and risk, false significant effects on initiatives without effect.")
    int impact(@Mixin ConfigOptions config,
            @Option(names = "--seeds", split = ",", defaultValue = "1,7,42,2025,31337",
                    description = "Scenario seeds (default: ${DEFAULT-VALUE}).") List<Long> seeds) {
        PullwatchConfig loaded = config.load();
        boolean met = new ImpactEvaluation(seeds, loaded.impactSettings(), loaded.attributionSettings(),
                loaded.get(PullwatchOptions.MAX_OUT_OF_ORDERNESS), out()).run().meetsTarget();
        return met ? 0 : 1;
    }

    @Command(name = "cascade",
            description = "Final-size forecast of the real viral cascade at 15 min, 1 h and 6 h (SEISMIC).")
    int cascade() {
        new CascadeEvaluation(corpora(), out()).run();
        return 0;
    }

    @Command(name = "detection",
            description = {"Wave detection: simulated streams with known waves (the pipeline, through a backtest, "
                    + "beside the vendor rule and a Poisson threshold), the real PHEME news bursts, and the SEISMIC "
                    + "cascade forecast. A few minutes."})
    int detection(@Mixin ConfigOptions config,
            @Option(names = "--seeds", split = ",", defaultValue = "1,2,3",
                    description = "Simulation seeds (default: ${DEFAULT-VALUE}).") List<Long> seeds,
            @Option(names = "--days", defaultValue = "7",
                    description = "Days per simulated stream, the first a warm-up (default: ${DEFAULT-VALUE}).")
            int days) throws Exception {
        new DetectionEvaluation(config.load(), corpora(), seeds, days, out(), System.err).run();
        return 0;
    }

    private DevCorpora corpora() {
        return data != null ? new DevCorpora(data) : Installation.devData();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
