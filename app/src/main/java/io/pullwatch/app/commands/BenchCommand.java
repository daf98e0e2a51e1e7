package io.pullwatch.app.commands;

import io.pullwatch.app.bench.AlertLatencyBenchmark;
import io.pullwatch.app.bench.PipelineBenchmark;
import io.pullwatch.app.bench.QueryBenchmark;
import io.pullwatch.app.bench.SearchBenchmark;
import io.pullwatch.app.bench.TextBenchmark;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Benchmarks, each measured beside its ceiling in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run a benchmark: 'pipeline' measures events/s from the input topics to feedback;",
                "'text' measures texts/s through the text stage beside VADER;",
                "'queries' measures attribution and saved-query matching beside stock Lucene Monitor;",
                "'search' measures the search service's indexing beside Lucene alone, event-to-searchable latency,",
                "and HTTP query latencies idle and under ingest;",
                "'alerts' measures event-to-alert latency at a share of the pipeline's maximum sustainable rate."})
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Parameters(paramLabel = "NAME", description = "pipeline, text, queries, search or alerts")
    String name;

    @Option(names = "--events", defaultValue = "300000", description = "Events per run (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--runs", defaultValue = "3", description = "Runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--docs", defaultValue = "1000000",
            description = "search: documents indexed (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--queries", defaultValue = "2000",
            description = "search: HTTP queries measured per kind, idle and under ingest (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--ingest-rate", defaultValue = "2000",
            description = "search: feedback per second published while queries are measured under ingest"
                    + " (default: ${DEFAULT-VALUE}).")
    int ingestRate;

    @Option(names = "--load", defaultValue = "0.5",
            description = "alerts: share of the maximum sustainable rate to run at (default: ${DEFAULT-VALUE}).")
    double load;

    @Option(names = "--seconds", defaultValue = "180",
            description = "alerts: seconds measured after the warm-up (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        switch (name) {
            case "pipeline" -> new PipelineBenchmark(configOptions.load(), events, runs, System.out).run();
            case "text" -> new TextBenchmark(Installation.devData(), runs, System.out).run();
            case "queries" -> new QueryBenchmark(Installation.devData(), Math.min(events, 20_000), runs, System.out).run();
            case "search" -> new SearchBenchmark(configOptions.loadSearch(), docs, runs, queries, ingestRate, System.out).run();
            case "alerts" -> new AlertLatencyBenchmark(configOptions.load(), Math.min(events, 200_000), load,
                    Duration.ofSeconds(seconds), System.out).run();
            default -> throw new IllegalArgumentException(
                    "unknown benchmark '" + name + "'; available: pipeline, text, queries, search, alerts");
        }
        return 0;
    }
}
