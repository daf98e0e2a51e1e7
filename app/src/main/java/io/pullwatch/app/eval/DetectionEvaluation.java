package io.pullwatch.app.eval;

import io.pullwatch.app.backtest.Backtest;
import io.pullwatch.jobs.config.PullwatchConfig;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * The detection evaluation, three parts printed as Markdown: the simulator with known waves (the pipeline beside the
 * vendor rule and a Poisson threshold, on the same streams), the real PHEME news bursts, and the SEISMIC cascade
 * forecast on the real viral cascade. The pipeline runs through the {@link Backtest}, so whatever detector the
 * pipeline has is the one evaluated.
 */
public final class DetectionEvaluation {

    private final PullwatchConfig config;
    private final DevCorpora corpora;
    private final List<Long> seeds;
    private final int days;
    private final PrintWriter out;
    private final PrintStream progress;

    public DetectionEvaluation(PullwatchConfig config, DevCorpora corpora, List<Long> seeds, int days, PrintWriter out,
            PrintStream progress) {
        this.config = config;
        this.corpora = corpora;
        this.seeds = List.copyOf(seeds);
        this.days = days;
        this.out = out;
        this.progress = progress;
    }

    public void run() throws Exception {
        Backtest backtest = new Backtest(config);
        out.println("### Simulated streams with known waves");
        out.println();
        new SimulatedDetectionEvaluation(backtest, seeds, days, out, progress).run();
        out.println();
        out.println("### PHEME: nine real news bursts");
        out.println();
        new PhemeDetectionEvaluation(backtest, corpora, out, progress).run();
        out.println("### SEISMIC: the real viral cascade");
        out.println();
        new CascadeEvaluation(corpora, out).run();
        out.flush();
    }
}
