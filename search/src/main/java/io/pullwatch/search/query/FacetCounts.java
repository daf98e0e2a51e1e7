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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts of the documents a query matches per value of keyword fields, from their sorted-set doc values: one pass
 * over the matches counting ordinals per segment, then ordinals turned into values once per segment.
 */
public final class FacetCounts {

    /** One value and how many matching documents have it. */
    public record Bucket(String value, long count) {}

    private FacetCounts() {}

    /** The {@code top} most frequent values of each field among the query's matches, most frequent first. */
    public static Map<String, List<Bucket>> count(IndexSearcher searcher, Query query, List<String> fields, int top)
            throws IOException {
        OrdinalCollector collector = new OrdinalCollector(fields);
        searcher.search(query, collector);
        Map<String, List<Bucket>> result = new LinkedHashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            Map<String, Long> totals = new HashMap<>();
            for (LeafCounts leaf : collector.leaves) {
                int[] counts = leaf.counts[f];
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        totals.merge(leaf.values[f].lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
                    }
                }
            }
            List<Bucket> buckets = new ArrayList<>();
            totals.forEach((value, count) -> buckets.add(new Bucket(value, count)));
            buckets.sort(Comparator.comparingLong(Bucket::count).reversed().thenComparing(Bucket::value));
            result.put(fields.get(f), List.copyOf(buckets.subList(0, Math.min(top, buckets.size()))));
        }
        return result;
    }

    private record LeafCounts(SortedSetDocValues[] values, int[][] counts) {}

    private static final class OrdinalCollector implements Collector {
        private final List<String> fields;
        final List<LeafCounts> leaves = new ArrayList<>();

        OrdinalCollector(List<String> fields) {
            this.fields = fields;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
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
            leaves.add(new LeafCounts(lookups, counts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
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
