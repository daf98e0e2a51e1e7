package io.pullwatch.search.query;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Aggregations (facet counts, histogram buckets) computed segment by segment and remembered per segment: a segment
 * whose documents and deletions have not changed gives the same answer to the same request, so under ingest only the
 * new small segments are counted again. Entries are keyed by the segment's reader cache key, which changes when its
 * deletions do, and dropped when the segment is closed.
 */
final class LeafResults {

    /** Computes one segment's result from the documents the query matches in it. */
    interface LeafAggregation<V> {
        LeafCollector collector(LeafReaderContext leaf) throws IOException;

        V result() throws IOException;
    }

    interface AggregationFactory<V> {
        LeafAggregation<V> create();
    }

    private record Key(IndexReader.CacheKey segment, Object request) {}

    private static final int MAX_ENTRIES = 20_000;
    private final Map<Key, Object> entries = new ConcurrentHashMap<>();

    /**
     * The result of every segment of the searcher for {@code request} (which must identify query and aggregation),
     * computing the segments not remembered.
     */
    @SuppressWarnings("unchecked")
    <V> java.util.List<V> perSegment(IndexSearcher searcher, Query query, Object request,
            AggregationFactory<V> factory) throws IOException {
        java.util.List<V> results = new java.util.ArrayList<>();
        Weight weight = null;
        QueryTimeout timeout = searcher.getTimeout();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            Key key = helper == null ? null : new Key(helper.getKey(), request);
            Object known = key == null ? null : entries.get(key);
            if (known != null) {
                results.add((V) known);
                continue;
            }
            if (timeout != null && timeout.shouldExit()) {
                throw new InvalidRequestException("the query ran longer than the time limit and was stopped; make it"
                        + " more specific or narrow the time range");
            }
            if (weight == null) {
                weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            }
            LeafAggregation<V> aggregation = factory.create();
            LeafCollector collector = aggregation.collector(leaf);
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer != null) {
                scorer.score(collector, leaf.reader().getLiveDocs(), 0, org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS);
            }
            collector.finish();
            V result = aggregation.result();
            results.add(result);
            if (key != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                if (entries.put(key, result) == null) {
                    helper.addClosedListener(closed -> entries.keySet().removeIf(k -> k.segment() == closed));
                }
            }
        }
        return results;
    }
}
