package io.pullwatch.app.bench;

import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.QuerySyntax;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;

/**
 * The benchmark's searches run by Lucene alone on the service's own index, in its process: each query parsed
 * beforehand with the service's syntax, then timed from the search to its top 10 by relevance as stock Lucene finds
 * them ({@code IndexSearcher.search}), with no HTTP, access rules, stored records or highlights. It is the floor
 * the HTTP latencies are compared with.
 */
final class LuceneQueryPeer {

    private static final String SEARCH = "search?q=";
    private static final int TOP = 10;

    private final QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());

    /**
     * Latencies per kind of the workload's searches (facet and histogram requests are left out), the kinds
     * interleaved one of each per round as in the HTTP measurement.
     */
    Map<String, Latencies> measure(SearcherManager searchers, Map<String, List<String>> workload, int queries)
            throws IOException {
        Map<String, List<Query>> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> kind : workload.entrySet()) {
            List<Query> searches = kind.getValue().stream().filter(path -> path.startsWith(SEARCH))
                    .map(path -> URLDecoder.decode(path.substring(SEARCH.length()), StandardCharsets.UTF_8))
                    .map(this::parse).toList();
            if (!searches.isEmpty()) {
                parsed.put(kind.getKey(), searches);
            }
        }
        Map<String, Latencies> result = new LinkedHashMap<>();
        parsed.keySet().forEach(kind -> result.put(kind, new Latencies()));
        int warmup = Math.max(50, queries / 10);
        for (int i = 0; i < warmup + queries; i++) {
            for (Map.Entry<String, List<Query>> kind : parsed.entrySet()) {
                IndexSearcher searcher = searchers.acquire();
                try {
                    long t0 = System.nanoTime();
                    searcher.search(kind.getValue().get(i % kind.getValue().size()), TOP);
                    if (i >= warmup) {
                        result.get(kind.getKey()).add(System.nanoTime() - t0);
                    }
                } finally {
                    searchers.release(searcher);
                }
            }
        }
        return result;
    }

    private Query parse(String text) {
        try {
            return syntax.parse(text);
        } catch (InvalidQueryException e) {
            throw new IllegalArgumentException("benchmark query '" + text + "': " + e.getMessage(), e);
        }
    }
}
