package io.pullwatch.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void nearestRank() {
        List<Duration> four = List.of(Duration.ofMinutes(4), Duration.ofMinutes(1), Duration.ofMinutes(3),
                Duration.ofMinutes(2));
        assertThat(Quantiles.nearestRank(four, 0.5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Quantiles.nearestRank(four, 0.9)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Quantiles.nearestRank(four, 0.25)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Quantiles.nearestRank(List.of(), 0.5)).isNull();
    }
}
