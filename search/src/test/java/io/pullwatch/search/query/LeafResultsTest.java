package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.search.index.FeedbackIndex;
import io.pullwatch.search.testing.TestFeedback;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LeafResultsTest {

    /** Counts matches per segment and how many segments were actually computed. */
    private static final AtomicInteger computed = new AtomicInteger();

    private static LeafResults.LeafAggregation<Integer> counting() {
        computed.incrementAndGet();
        int[] n = {0};
        return new LeafResults.LeafAggregation<>() {
            @Override
            public LeafCollector collector(LeafReaderContext leaf) {
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) {
                        n[0]++;
                    }
                };
            }

            @Override
            public Integer result() {
                return n[0];
            }
        };
    }

    private static int total(FeedbackIndex index, LeafResults cache) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            List<Integer> perSegment = cache.perSegment(searcher, new MatchAllDocsQuery(), "all",
                    LeafResultsTest::counting);
            return perSegment.stream().mapToInt(Integer::intValue).sum();
        } finally {
            index.searchers().release(searcher);
        }
    }

    @Test
    void onlySegmentsThatChangedAreComputedAgain() throws Exception {
        LeafResults cache = new LeafResults();
        var corpus = TestFeedback.corpus();
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 60_000)) {
            TestFeedback.indexAll(index, corpus.subList(0, 3));
            index.commit();
            TestFeedback.indexAll(index, corpus.subList(3, 5));
            computed.set(0);
            assertThat(total(index, cache)).isEqualTo(5);
            assertThat(computed.get()).isEqualTo(2);

            computed.set(0);
            assertThat(total(index, cache)).isEqualTo(5);
            assertThat(computed.get()).as("nothing changed").isZero();

            TestFeedback.indexAll(index, corpus.subList(5, 6));
            computed.set(0);
            assertThat(total(index, cache)).isEqualTo(6);
            assertThat(computed.get()).as("only the new segment").isEqualTo(1);

            index.deleteById(corpus.get(0).feedbackId());
            index.refresh();
            computed.set(0);
            assertThat(total(index, cache)).isEqualTo(5);
            assertThat(computed.get()).as("only the segment whose deletions changed").isEqualTo(1);
        }
    }
}
