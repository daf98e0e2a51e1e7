package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonTailTest {

    /** P(N ≥ n) by summing the probability mass directly, for small cases. */
    private static double tail(int n, double lambda) {
        double below = 0;
        double term = Math.exp(-lambda);
        for (int k = 0; k < n; k++) {
            below += term;
            term *= lambda / (k + 1);
        }
        return 1 - below;
    }

    @Test
    void matchesTheSummedTailOnIntegerCounts() {
        for (double lambda : new double[] {0.1, 1.0, 2.0, 7.5, 30.0}) {
            for (int n : new int[] {1, 2, 5, 10, 25}) {
                double expected = -Math.log10(tail(n, lambda));
                if (Double.isFinite(expected) && expected < 14) {
                    assertThat(PoissonTail.surprise(n, lambda)).as("n=%d λ=%s", n, lambda)
                            .isCloseTo(expected, within(1e-6 * Math.max(1, expected)));
                }
            }
        }
    }

    @Test
    void knownValues() {
        // P(N ≥ 10 | λ = 2) = 4.650e-5
        assertThat(PoissonTail.surprise(10, 2.0)).isCloseTo(-Math.log10(4.650e-5), within(1e-3));
        assertThat(PoissonTail.surprise(0, 3.0)).isZero();
    }

    @Test
    void farTailsStayFiniteAndOrdered() {
        double s100 = PoissonTail.surprise(100, 1.0);
        double s400 = PoissonTail.surprise(400, 1.0);

        assertThat(s100).isBetween(150.0, 170.0); // ln P ≈ −100 ln 100 + 100 − 1 … ≈ 10^-158
        assertThat(s400).isGreaterThan(s100).isFinite();
    }

    @Test
    void nonIntegerCountsInterpolateBetweenTheirNeighbours() {
        double below = PoissonTail.surprise(4, 1.5);
        double between = PoissonTail.surprise(4.5, 1.5);
        double above = PoissonTail.surprise(5, 1.5);

        assertThat(between).isGreaterThan(below).isLessThan(above);
    }

    @Test
    void anyEventAgainstNoExpectationIsInfinitelySurprising() {
        assertThat(PoissonTail.surprise(1, 0)).isInfinite();
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(PoissonTail.logGamma(1)).isCloseTo(0, within(1e-12));
        assertThat(PoissonTail.logGamma(6)).isCloseTo(Math.log(120), within(1e-10));
        assertThat(PoissonTail.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-10));
    }

    @Test
    void theTailItselfMatchesTheDistributionWorkedOutByHand() {
        // P(X ≥ 1 | 0.5) = 1 - e^-.5; P(X ≥ 2 | 1) = 1 - 2/e; P(X ≥ 4 | 0.2) = 1 - e^-.2 (1 + .2 + .02 + .008/6)
        assertThat(PoissonTail.atLeast(1, 0.5)).isCloseTo(1 - Math.exp(-0.5), within(1e-12));
        assertThat(PoissonTail.atLeast(2, 1.0)).isCloseTo(1 - 2 / Math.E, within(1e-12));
        assertThat(PoissonTail.atLeast(4, 0.2))
                .isCloseTo(1 - Math.exp(-0.2) * (1 + 0.2 + 0.02 + 0.008 / 6), within(1e-12));
        assertThat(PoissonTail.atLeast(0, 3)).isEqualTo(1.0);
        assertThat(PoissonTail.atLeast(3, 0)).isZero();
        assertThat(PoissonTail.atLeast(200, 10)).isCloseTo(6.0579e-180, within(1e-183)); // scipy poisson.sf(199, 10)
        assertThat(PoissonTail.atLeast(80, 100)).isCloseTo(0.982549, within(1e-6)); // scipy poisson.sf(79, 100)
    }
}
