package io.pullwatch.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;

/**
 * Counts of the documents a query matches per value of keyword fields, from their sorted-set doc values: one pass
 * over the matches counting ordinals per segment, then ordinals turned into values once per segment.
 */
public final class FacetCounts {

    /** One value and how many matching documents have it. */
    public record Bucket(String value, long count) {}

    private FacetCounts() {}

    /** How many documents matched, and the top values of each field among them. */
    public record Counts(long total, Map<String, List<Bucket>> fields) {}

    /** The {@code top} most frequent values of each field among the query's matches, most frequent first. */
    public static Counts count(IndexSearcher searcher, Query query, List<String> fields, int top)
            throws IOException {
        return count(searcher, query, fields, top, new LeafResults());
    }

    static Counts count(IndexSearcher searcher, Query query, List<String> fields, int top, LeafResults cache)
            throws IOException {
        List<SegmentResult> perSegment = cache.perSegment(searcher, query, new Request(query, fields),
                () -> new SegmentCounts(fields));
        Map<String, List<Bucket>> result = new LinkedHashMap<>();
        long matched = 0;
        for (SegmentResult segment : perSegment) {
            matched += segment.matched();
        }
        for (int f = 0; f < fields.size(); f++) {
            Map<String, Long> totals = new HashMap<>();
            for (SegmentResult segment : perSegment) {
                segment.perField().get(f).forEach((value, count) -> totals.merge(value, count, Long::sum));
            }
            List<Bucket> buckets = new ArrayList<>();
            totals.forEach((value, count) -> buckets.add(new Bucket(value, count)));
            buckets.sort(Comparator.comparingLong(Bucket::count).reversed().thenComparing(Bucket::value));
            result.put(fields.get(f), List.copyOf(buckets.subList(0, Math.min(top, buckets.size()))));
        }
        return new Counts(matched, result);
    }

    private record Request(Query query, List<String> fields) {}

    private record SegmentResult(long matched, List<Map<String, Long>> perField) {}

    /** One segment's matches, and its counts per field as value to count. */
    private static final class SegmentCounts implements LeafResults.LeafAggregation<SegmentResult> {
        private final OrdinalCollector ordinals;

        SegmentCounts(List<String> fields) {
            ordinals = new OrdinalCollector(fields);
        }

        @Override
        public LeafCollector collector(LeafReaderContext leaf) throws IOException {
            return ordinals.getLeafCollector(leaf);
        }

        @Override
        public SegmentResult result() throws IOException {
            LeafCounts counts = ordinals.leaves.get(0);
            List<Map<String, Long>> perField = new ArrayList<>();
            for (int f = 0; f < counts.counts.length; f++) {
                Map<String, Long> values = new HashMap<>();
                int[] c = counts.counts[f];
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] > 0) {
                        values.put(counts.values[f].lookupOrd(ord).utf8ToString(), (long) c[ord]);
                    }
                }
                perField.add(values);
            }
            return new SegmentResult(counts.matched[0], perField);
        }
    }

    private record LeafCounts(SortedSetDocValues[] values, int[][] counts, long[] matched) {}

    private static final class OrdinalCollector {
        private final List<String> fields;
        final List<LeafCounts> leaves = new ArrayList<>();

        OrdinalCollector(List<String> fields) {
            this.fields = fields;
        }

        LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = fields.size();
            SortedSetDocValues[] lookups = new SortedSetDocValues[n];
            SortedSetDocValues[] multi = new SortedSetDocValues[n];
            SortedDocValues[] single = new SortedDocValues[n];
            int[][] counts = new int[n][];
            for (int f = 0; f < n; f++) {
                // One instance iterates, another looks ordinals up afterwards: iterators are forward-only.
                lookups[f] = DocValues.getSortedSet(context.reader(), fields.get(f));
                SortedSetDocValues iterating = DocValues.getSortedSet(context.reader(), fields.get(f));
                single[f] = DocValues.unwrapSingleton(iterating);
                multi[f] = single[f] == null ? iterating : null;
                counts[f] = new int[(int) lookups[f].getValueCount()];
            }
            long[] matched = new long[1];
            leaves.add(new LeafCounts(lookups, counts, matched));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    matched[0]++;
                    for (int f = 0; f < n; f++) {
                        if (single[f] != null) {
                            if (single[f].advanceExact(doc)) {
                                counts[f][single[f].ordValue()]++;
                            }
                        } else if (multi[f].advanceExact(doc)) {
                            for (int i = 0, c = multi[f].docValueCount(); i < c; i++) {
                                counts[f][(int) multi[f].nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }
    }
}
