package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BucketTotalsTest {

    private static final StoreBucket TWO_FRENCH_ONE_STOCK =
            new StoreBucket(2, GroupStats.EMPTY, 2, 0, Map.of("stock-and-availability", 1L), Map.of());
    private static final StoreBucket ONE_ENGLISH =
            new StoreBucket(1, GroupStats.EMPTY, 0, 1, Map.of(), Map.of());

    @Test
    void builtFromTheKeptBucketsInItsRangeOnly() {
        BucketTotals totals = BucketTotals.of(List.of(Map.entry(0L, ONE_ENGLISH), Map.entry(300L, TWO_FRENCH_ONE_STOCK),
                Map.entry(600L, ONE_ENGLISH)), 300, 300);

        assertThat(totals).isEqualTo(new BucketTotals(300, 300, 2, 2, 0, Map.of("stock-and-availability", 1L)));
    }

    @Test
    void aCloseAddsItsBucketAndMovesOnEvenWhenItHadNoFeedback() {
        BucketTotals totals = new BucketTotals(0, -300, 0, 0, 0, Map.of())
                .closed(0, TWO_FRENCH_ONE_STOCK).closed(300, null).closed(600, ONE_ENGLISH);

        assertThat(totals).isEqualTo(new BucketTotals(0, 600, 3, 2, 1, Map.of("stock-and-availability", 1L)));
    }

    @Test
    void aBucketLeavingTheBaselineIsTakenOffAndZeroCountsDisappear() {
        BucketTotals totals = new BucketTotals(0, -300, 0, 0, 0, Map.of())
                .closed(0, TWO_FRENCH_ONE_STOCK).closed(300, ONE_ENGLISH)
                .minus(TWO_FRENCH_ONE_STOCK).from(300);

        assertThat(totals).isEqualTo(new BucketTotals(300, 300, 1, 0, 1, Map.of()));
        assertThat(totals.from(0).oldest()).as("never moves back").isEqualTo(300);
    }
}
