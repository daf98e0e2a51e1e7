package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.search.index.FeedbackIndex;
import io.pullwatch.search.testing.TestFeedback;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

    @Test
    void countsEveryValueOfSingleAndMultiValuedFieldsAcrossSegments() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 50)) {
            var corpus = TestFeedback.corpus();
            TestFeedback.indexAll(index, corpus.subList(0, 3));
            index.commit(); // a second segment for the rest
            TestFeedback.indexAll(index, corpus.subList(3, corpus.size()));
            IndexSearcher searcher = index.searchers().acquire();
            try {
                assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(1);
                FacetCounts.Counts counts =
                        FacetCounts.count(searcher, new MatchAllDocsQuery(), FeedbackFields.FACETS, 10);
                assertThat(counts.total()).isEqualTo(6);
                Map<String, List<FacetCounts.Bucket>> all = counts.fields();

                assertThat(all.get("sentiment")).containsExactly(new FacetCounts.Bucket("positive", 3),
                        new FacetCounts.Bucket("negative", 2), new FacetCounts.Bucket("neutral", 1));
                assertThat(all.get("aspect")).containsExactly(new FacetCounts.Bucket("checkout", 3),
                        new FacetCounts.Bucket("staff", 2), new FacetCounts.Bucket("delivery", 1));
                assertThat(all.get("initiative")).containsExactly(new FacetCounts.Bucket("init-app", 1));
                assertThat(all.get("platform")).containsExactly(new FacetCounts.Bucket("google", 6));

                Map<String, List<FacetCounts.Bucket>> top1 = FacetCounts.count(searcher,
                        new TermQuery(new Term(FeedbackFields.STORE, "lyon-01")), List.of("aspect"), 1).fields();
                assertThat(top1).containsOnlyKeys("aspect");
                assertThat(top1.get("aspect")).hasSize(1); // checkout, delivery and staff tie at 1: by name
                assertThat(top1.get("aspect").get(0)).isEqualTo(new FacetCounts.Bucket("checkout", 1));
            } finally {
                index.searchers().release(searcher);
            }
        }
    }
}
