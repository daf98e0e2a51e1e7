package io.pullwatch.app.bench;

import io.pullwatch.app.eval.DevCorpora;
import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeMatcher;
import io.pullwatch.core.attribution.ReplayedAttribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.FeedbackDocuments;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.QuerySyntax;
import io.pullwatch.core.query.StandingQueries;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;

/**
 * Events per second on one thread through attribution (1,000 active initiatives) and saved-query matching, with 100,
 * 1,000 and 10,000 saved queries, beside stock Lucene Monitor (default presearcher) matching the same queries against
 * the same events in the same run, one event per call and in batches of 100.
 */
public final class QueryBenchmark {

    private static final int[] QUERY_COUNTS = {100, 1_000, 10_000};
    private static final int INITIATIVES = 1_000;
    /** Stock Monitor's batches, as in the reference figures. */
    private static final int STOCK_BATCH = 100;
    /** The pipeline's own batches: the saved-query stage's default {@code queries.batch-size}. */
    private static final int PIPELINE_BATCH = PullwatchOptions.QUERY_BATCH_SIZE.defaultValue();

    private final QueryWorkload workload;
    private final int runs;
    private final PrintStream out;

    public QueryBenchmark(DevCorpora corpora, int events, int runs, PrintStream out) {
        this.workload = new QueryWorkload(corpora, events);
        this.runs = runs;
        this.out = out;
    }

    public void run() throws IOException, InvalidQueryException {
        List<Feedback> events = workload.events;
        InitiativeMatcher attribution = new InitiativeMatcher(workload.initiatives(INITIATIVES),
                new AttributionSettings(Duration.ofHours(24), 0.35));
        warmUp(events, attribution);
        out.printf("Events: %,d real posts and reviews (enriched), %d stores; %,d active initiatives; median of %d "
                + "passes after a warm-up pass, one thread%n%n", events.size(), QueryWorkload.STORES, INITIATIVES, runs);
        out.println("| saved queries | Pullwatch: attribution + matching, events/s | share of events reaching Monitor "
                + "| Monitor candidates/event | stock Monitor, 1 event/call | stock Monitor, batches of 100 "
                + "| Pullwatch / stock batches |");
        out.println("|---|---|---|---|---|---|---|");
        for (int count : QUERY_COUNTS) {
            Map<String, String> queries = workload.queries(count);
            double ours;
            double candidates;
            double monitored;
            ReplayedAttribution state = new ReplayedAttribution();
            try (StandingQueries standing = new StandingQueries()) {
                if (!standing.putAll(queries).isEmpty()) {
                    throw new IllegalStateException("the generated queries must all be valid");
                }
                ours = medianBatchRate(events, PIPELINE_BATCH,
                        batch -> standing.match(attributed(attribution, state, batch)));
                candidates = standing.candidatesPerEvent();
                monitored = standing.monitoredShare();
            }
            double stockSingle;
            double stockBatch;
            try (Monitor stock = stockMonitor(queries)) {
                stockSingle = medianRate(events, feedback -> matchStock(stock, List.of(feedback)));
                stockBatch = medianBatchRate(events, STOCK_BATCH, batch -> matchStock(stock, batch));
            }
            out.printf("| %,d | %,.0f | %.3f | %.2f | %,.0f | %,.0f | %.2f |%n", count, ours, monitored, candidates,
                    stockSingle, stockBatch, ours / stockBatch);
        }
        attribution.close();
    }

    /**
     * Two untimed passes with the middle query count before the table, so that the first row is not the one that pays
     * for compiling the attribution and matching code.
     */
    private void warmUp(List<Feedback> events, InitiativeMatcher attribution) {
        ReplayedAttribution state = new ReplayedAttribution();
        try (StandingQueries standing = new StandingQueries()) {
            standing.putAll(workload.queries(QUERY_COUNTS[1]));
            for (int pass = 0; pass < 2; pass++) {
                for (int from = 0; from < events.size(); from += PIPELINE_BATCH) {
                    standing.match(attributed(attribution, state,
                            events.subList(from, Math.min(events.size(), from + PIPELINE_BATCH))));
                }
            }
        }
    }

    /** Attribution as the keyed stage does it, with each store's activity and recent threads carried along. */
    private static List<Feedback> attributed(InitiativeMatcher attribution, ReplayedAttribution state,
            List<Feedback> batch) {
        List<Feedback> result = new ArrayList<>(batch.size());
        for (Feedback feedback : batch) {
            result.add(feedback.withAttributions(state.attribute(attribution, feedback)));
        }
        return result;
    }

    private static Monitor stockMonitor(Map<String, String> queries) throws IOException, InvalidQueryException {
        Analyzer analyzer = FeedbackAnalyzers.perField();
        QuerySyntax syntax = new QuerySyntax(analyzer);
        List<MonitorQuery> parsed = new ArrayList<>(queries.size());
        for (Map.Entry<String, String> query : queries.entrySet()) {
            parsed.add(new MonitorQuery(query.getKey(), syntax.parse(query.getValue()), query.getValue(), Map.of()));
        }
        Monitor monitor = new Monitor(analyzer);
        monitor.register(parsed);
        return monitor;
    }

    private static void matchStock(Monitor monitor, List<Feedback> batch) {
        Document[] docs = batch.stream().map(FeedbackDocuments::of).toArray(Document[]::new);
        try {
            monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double medianRate(List<Feedback> events, Consumer<Feedback> work) {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long started = System.nanoTime();
            events.forEach(work);
            double rate = events.size() / ((System.nanoTime() - started) / 1e9);
            if (run > 0) {
                rates.add(rate);
            }
        }
        return Medians.of(rates);
    }

    private double medianBatchRate(List<Feedback> events, int batchSize, Consumer<List<Feedback>> work) {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long started = System.nanoTime();
            for (int from = 0; from < events.size(); from += batchSize) {
                work.accept(events.subList(from, Math.min(events.size(), from + batchSize)));
            }
            double rate = events.size() / ((System.nanoTime() - started) / 1e9);
            if (run > 0) {
                rates.add(rate);
            }
        }
        return Medians.of(rates);
    }
}
