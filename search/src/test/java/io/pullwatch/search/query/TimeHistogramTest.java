package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.search.index.FeedbackIndex;
import io.pullwatch.search.testing.TestFeedback;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TimeHistogramTest {

    @Test
    void bucketsAreAlignedAndSplitBySentiment() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 50)) {
            TestFeedback.indexAll(index, TestFeedback.corpus());
            IndexSearcher searcher = index.searchers().acquire();
            try {
                TimeHistogram.Histogram h = TimeHistogram.count(searcher, new MatchAllDocsQuery(), null, null,
                        Duration.ofMinutes(30));

                // 0, 10, 20 min | - | 70, 80 | 95 minutes after 09:00
                assertThat(h.buckets()).extracting(TimeHistogram.Bucket::start).containsExactly(
                        Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-01T09:30:00Z"),
                        Instant.parse("2025-03-01T10:00:00Z"), Instant.parse("2025-03-01T10:30:00Z"));
                assertThat(h.buckets().get(0)).isEqualTo(new TimeHistogram.Bucket(
                        Instant.parse("2025-03-01T09:00:00Z"), 1, 0, 2, 0));
                assertThat(h.buckets().get(1).total()).isZero();
                assertThat(h.buckets().get(2)).isEqualTo(new TimeHistogram.Bucket(
                        Instant.parse("2025-03-01T10:00:00Z"), 1, 1, 0, 0));
                assertThat(h.buckets().get(3).positive()).isEqualTo(1);

                TimeHistogram.Histogram ranged = TimeHistogram.count(searcher, new MatchAllDocsQuery(),
                        Instant.parse("2025-03-01T09:05:00Z"), Instant.parse("2025-03-01T09:25:00Z"), null);
                assertThat(ranged.interval()).isEqualTo(Duration.ofMinutes(1));
                assertThat(ranged.buckets()).hasSize(20);
                assertThat(ranged.buckets().stream().mapToLong(TimeHistogram.Bucket::total).sum()).isEqualTo(2);

                assertThatThrownBy(() -> TimeHistogram.count(searcher, new MatchAllDocsQuery(),
                        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-03-01T00:00:00Z"),
                        Duration.ofMinutes(1))).isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("at most 2000");
            } finally {
                index.searchers().release(searcher);
            }
        }
    }

    @Test
    void theIntervalIsChosenForAboutAHundredBuckets() {
        assertThat(TimeHistogram.choose(Duration.ofMinutes(90).toMillis())).isEqualTo(Duration.ofMinutes(1));
        assertThat(TimeHistogram.choose(Duration.ofDays(2).toMillis())).isEqualTo(Duration.ofMinutes(30));
        assertThat(TimeHistogram.choose(Duration.ofDays(90).toMillis())).isEqualTo(Duration.ofDays(1));
        assertThat(TimeHistogram.choose(Duration.ofDays(10_000).toMillis())).isEqualTo(Duration.ofDays(30));
    }
}
