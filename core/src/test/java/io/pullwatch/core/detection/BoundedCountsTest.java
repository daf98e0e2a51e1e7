package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundedCountsTest {

    @Test
    void heavyHittersSurviveWhenTheMapIsPruned() {
        Map<String, Double> counts = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            BoundedCounts.add(counts, "frequent", 1, 10);
            BoundedCounts.add(counts, "once-" + i, 1, 10);
        }

        assertThat(counts.size()).isLessThan(20);
        assertThat(counts.get("frequent")).isEqualTo(100.0);
    }

    @Test
    void decayDropsNegligibleCounts() {
        Map<String, Double> counts = new HashMap<>(Map.of("a", 10.0, "b", 0.1));

        BoundedCounts.decay(counts, 0.5, 0.06);

        assertThat(counts).containsExactly(Map.entry("a", 5.0));
    }

    @Test
    void topKeysAreLargestFirstWithTiesByKey() {
        Map<String, Double> counts = Map.of("b", 2.0, "a", 2.0, "c", 5.0, "d", 1.0);

        assertThat(BoundedCounts.topKeys(counts, 3)).containsExactly("c", "a", "b");
    }
}
