package io.pullwatch.search.query;

import io.pullwatch.core.query.FeedbackFields;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;

/**
 * Counts of the documents a query matches per time bucket, split by sentiment, from the time and sentiment doc
 * values. Buckets are aligned on multiples of the interval since the epoch; without an interval one is chosen so
 * that the range makes at most {@link #TARGET_BUCKETS} buckets.
 */
public final class TimeHistogram {

    public static final int TARGET_BUCKETS = 120;
    public static final int MAX_BUCKETS = 2_000;
    private static final List<Duration> NICE = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));
    /** Column of each sentiment label; the last column is feedback without a known sentiment. */
    static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative", "unknown");

    /** One bucket: its start and counts per sentiment in {@link #SENTIMENTS} order. */
    public record Bucket(Instant start, long positive, long neutral, long negative, long unknown) {
        public long total() {
            return positive + neutral + negative + unknown;
        }
    }

    public record Histogram(Duration interval, List<Bucket> buckets) {}

    private TimeHistogram() {}

    /** The histogram of the query's matches between from and to (null: the index's first and last times). */
    public static Histogram count(IndexSearcher searcher, Query query, Instant from, Instant to, Duration interval)
            throws IOException {
        return count(searcher, query, from, to, interval, new LeafResults());
    }

    /**
     * As above; the query must already exclude documents outside from and to (the search service's filters do), so
     * that each segment's buckets depend on the query and interval only and can be remembered.
     */
    static Histogram count(IndexSearcher searcher, Query query, Instant from, Instant to, Duration interval,
            LeafResults cache) throws IOException {
        long[] span = timeSpan(searcher);
        if (span == null && (from == null || to == null)) {
            return new Histogram(interval == null ? Duration.ofHours(1) : interval, List.of());
        }
        long start = from != null ? from.toEpochMilli() : span[0];
        long end = to != null ? to.toEpochMilli() : span[1] + 1;
        Duration width = interval != null ? interval : choose(end - start);
        long step = width.toMillis();
        long firstIndex = Math.floorDiv(start, step);
        long buckets = Math.floorDiv(end - 1, step) - firstIndex + 1;
        if (buckets > MAX_BUCKETS) {
            throw new InvalidRequestException("the histogram would have " + buckets + " buckets; at most "
                    + MAX_BUCKETS + " are served: choose a wider interval or a narrower time range");
        }
        long[][] counts = new long[(int) Math.max(buckets, 0)][SENTIMENTS.size()];
        Query bounded = from == null && to == null ? query : new org.apache.lucene.search.BooleanQuery.Builder()
                .add(query, org.apache.lucene.search.BooleanClause.Occur.MUST)
                .add(org.apache.lucene.document.LongField.newRangeQuery(FeedbackFields.TIME, start, end - 1),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
        for (Map<Long, long[]> segment : cache.perSegment(searcher, bounded, new Request(bounded, step),
                () -> new SegmentBuckets(step))) {
            segment.forEach((index, c) -> {
                long b = index - firstIndex;
                if (b >= 0 && b < counts.length) {
                    for (int s = 0; s < c.length; s++) {
                        counts[(int) b][s] += c[s];
                    }
                }
            });
        }
        List<Bucket> result = new ArrayList<>(counts.length);
        for (int b = 0; b < counts.length; b++) {
            long[] c = counts[b];
            result.add(new Bucket(Instant.ofEpochMilli((firstIndex + b) * step), c[0], c[1], c[2], c[3]));
        }
        return new Histogram(width, result);
    }

    private record Request(Query query, long step) {}

    static Duration choose(long spanMillis) {
        for (Duration d : NICE) {
            if (spanMillis / d.toMillis() < TARGET_BUCKETS) {
                return d;
            }
        }
        return NICE.get(NICE.size() - 1);
    }

    /** The first and last times in the index, from the points' bounds; null when empty. */
    private static long[] timeSpan(IndexSearcher searcher) throws IOException {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            PointValues points = leaf.reader().getPointValues(FeedbackFields.TIME);
            if (points != null && points.size() > 0) {
                min = Math.min(min, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
                max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
            }
        }
        return min > max ? null : new long[] {min, max};
    }

    /** One segment's counts per sentiment, by bucket number since the epoch. */
    private static final class SegmentBuckets implements LeafResults.LeafAggregation<Map<Long, long[]>> {
        private final long step;
        private final Map<Long, long[]> counts = new HashMap<>();

        SegmentBuckets(long step) {
            this.step = step;
        }

        @Override
        public Map<Long, long[]> result() {
            return counts;
        }

        @Override
        public LeafCollector collector(LeafReaderContext context) throws IOException {
            SortedNumericDocValues times = DocValues.getSortedNumeric(context.reader(), FeedbackFields.TIME);
            SortedDocValues single = DocValues.unwrapSingleton(
                    DocValues.getSortedSet(context.reader(), FeedbackFields.SENTIMENT));
            SortedDocValues sentiment = single != null ? single : DocValues.emptySorted(); // one label per record
            int[] column = columns(DocValues.getSortedSet(context.reader(), FeedbackFields.SENTIMENT));
            int unknown = SENTIMENTS.size() - 1;
            return new LeafCollector() {
                private long lastIndex = Long.MIN_VALUE;
                private long[] last;

                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (!times.advanceExact(doc)) {
                        return;
                    }
                    long index = Math.floorDiv(times.nextValue(), step);
                    if (index != lastIndex) {
                        last = counts.computeIfAbsent(index, i -> new long[SENTIMENTS.size()]);
                        lastIndex = index;
                    }
                    last[sentiment.advanceExact(doc) ? column[sentiment.ordValue()] : unknown]++;
                }
            };
        }

        private static int[] columns(org.apache.lucene.index.SortedSetDocValues values) throws IOException {
            int[] column = new int[(int) values.getValueCount()];
            for (int ord = 0; ord < column.length; ord++) {
                int c = SENTIMENTS.indexOf(values.lookupOrd(ord).utf8ToString().toLowerCase(Locale.ROOT));
                column[ord] = c < 0 ? SENTIMENTS.size() - 1 : c;
            }
            return column;
        }
    }

}
