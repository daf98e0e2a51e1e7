package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonTailTest {

    @Test
    void matchesTheDistributionWorkedOutByHand() {
        // P(X ≥ 1 | 0.5) = 1 - e^-.5; P(X ≥ 2 | 1) = 1 - 2/e; P(X ≥ 4 | 0.2) = 1 - e^-.2 (1 + .2 + .02 + .008/6)
        assertThat(PoissonTail.atLeast(1, 0.5)).isCloseTo(1 - Math.exp(-0.5), within(1e-12));
        assertThat(PoissonTail.atLeast(2, 1.0)).isCloseTo(1 - 2 / Math.E, within(1e-12));
        assertThat(PoissonTail.atLeast(4, 0.2))
                .isCloseTo(1 - Math.exp(-0.2) * (1 + 0.2 + 0.02 + 0.008 / 6), within(1e-12));
    }

    @Test
    void edgesAndLargeCounts() {
        assertThat(PoissonTail.atLeast(0, 3)).isEqualTo(1.0);
        assertThat(PoissonTail.atLeast(3, 0)).isZero();
        assertThat(PoissonTail.atLeast(200, 10)).isCloseTo(6.0579e-180, within(1e-183)); // poisson.sf(199, 10)
        assertThat(PoissonTail.atLeast(80, 100)).isCloseTo(0.982549, within(1e-6)); // scipy.stats.poisson.sf(79, 100)
    }
}
