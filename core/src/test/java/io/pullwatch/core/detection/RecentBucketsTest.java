package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentBucketsTest {

    @Test
    void sumsWindowsEndingAtABucket() {
        RecentBuckets buckets = new RecentBuckets();
        buckets.add(100, 1.0);
        buckets.add(100, 2.0);
        buckets.add(103, 1.5);
        buckets.add(104, 1.0);

        assertThat(buckets.volume(104, 1)).isEqualTo(1.0);
        assertThat(buckets.volume(104, 5)).isEqualTo(5.5);
        assertThat(buckets.events(104, 5)).isEqualTo(4);
        assertThat(buckets.events(104, 4)).isEqualTo(2);
    }

    @Test
    void aSlotIsReusedWhenTheRingComesRoundAndOldBucketsAreNotCounted() {
        RecentBuckets buckets = new RecentBuckets();
        buckets.add(10, 3.0);
        buckets.add(10 + RecentBuckets.SIZE, 1.0);

        assertThat(buckets.volume(10 + RecentBuckets.SIZE, RecentBuckets.SIZE)).isEqualTo(1.0);
        assertThat(buckets.add(10, 1.0)).as("a bucket that has left the ring").isFalse();
    }

    @Test
    void aLateEventStillLandsInItsOwnBucket() {
        RecentBuckets buckets = new RecentBuckets();
        buckets.add(50, 1.0);
        buckets.add(47, 1.0);

        assertThat(buckets.events(50, 1)).isEqualTo(1);
        assertThat(buckets.events(50, 5)).isEqualTo(2);
    }
}
