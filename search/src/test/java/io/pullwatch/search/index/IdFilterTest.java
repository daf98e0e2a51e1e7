package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.search.testing.TestFeedback;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class IdFilterTest {

    @Test
    void neverCallsARecordedIdNewAndRarelyCallsANewIdRecorded() {
        IdFilter filter = new IdFilter(100_000);
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) {
            if (filter.putAndCheck(new BytesRef("review:" + i))) {
                falsePositives++;
            }
        }
        for (int i = 0; i < 100_000; i++) {
            assertThat(filter.putAndCheck(new BytesRef("review:" + i))).isTrue();
        }
        assertThat(falsePositives).isLessThan(1_000); // under 1%
        assertThat(filter.full()).isFalse();
        for (int i = 0; i < 2_000; i++) { // more than it was sized for, even after false positives
            filter.putAndCheck(new BytesRef("mention:" + i));
        }
        assertThat(filter.full()).isTrue();
    }

    @Test
    void aRebuiltFilterKnowsEveryIdOfTheIndex() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 60_000)) {
            TestFeedback.indexAll(index, TestFeedback.corpus());
            IndexSearcher searcher = index.searchers().acquire();
            try {
                IdFilter filter = new IdFilter(10);
                filter.rebuild(searcher.getIndexReader());
                for (var f : TestFeedback.corpus()) {
                    assertThat(filter.putAndCheck(new BytesRef(f.feedbackId()))).as(f.feedbackId()).isTrue();
                }
            } finally {
                index.searchers().release(searcher);
            }
        }
    }
}
