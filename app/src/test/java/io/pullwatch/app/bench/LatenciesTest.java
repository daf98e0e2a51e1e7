package io.pullwatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesByNearestRankInMilliseconds() {
        Latencies latencies = new Latencies();
        assertThat(latencies.percentileMillis(50)).isNaN();
        for (int ms = 100; ms >= 1; ms--) { // out of order, and past the initial capacity below
            latencies.add(ms * 1_000_000L);
        }
        for (int i = 0; i < 2_000; i++) {
            latencies.add(0);
        }

        assertThat(latencies.count()).isEqualTo(2_100);
        assertThat(latencies.percentileMillis(50)).isZero();
        assertThat(latencies.percentileMillis(99)).isEqualTo(79.0); // rank 2,079 of 2,100: the 79th of 1..100 ms
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
    }
}
