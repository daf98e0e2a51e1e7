package io.pullwatch.app.commands;

import io.pullwatch.app.bench.PipelineBenchmark;
import io.pullwatch.app.bench.QueryBenchmark;
import io.pullwatch.app.bench.TextBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Benchmarks, each measured beside its ceiling in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run a benchmark: 'pipeline' measures events/s from the input topics to feedback;",
                "'text' measures texts/s through the text stage beside VADER;",
                "'queries' measures attribution and saved-query matching beside stock Lucene Monitor."})
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Parameters(paramLabel = "NAME", description = "pipeline, text or queries")
    String name;

    @Option(names = "--events", defaultValue = "300000", description = "Events per run (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--runs", defaultValue = "3", description = "Runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        switch (name) {
            case "pipeline" -> new PipelineBenchmark(configOptions.load(), events, runs, System.out).run();
            case "text" -> new TextBenchmark(Installation.devData(), runs, System.out).run();
            case "queries" -> new QueryBenchmark(Installation.devData(), Math.min(events, 20_000), runs, System.out).run();
            default -> throw new IllegalArgumentException(
                    "unknown benchmark '" + name + "'; available: pipeline, text, queries");
        }
        return 0;
    }
}
