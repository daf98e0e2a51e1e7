package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RandomDrawsTest {

    private final SplittableRandom rng = new SplittableRandom(9);

    @Test
    void poissonHasItsMeanAsMeanAndVarianceSmallOrLarge() {
        for (double mean : new double[] {0.05, 3, 75}) {
            double[] moments = moments(() -> RandomDraws.poisson(rng, mean), 200_000);
            assertThat(moments[0]).isCloseTo(mean, within(0.02 * mean + 0.002));
            assertThat(moments[1]).isCloseTo(mean, within(0.04 * mean + 0.002));
        }
        assertThat(RandomDraws.poisson(rng, 0)).isZero();
    }

    @Test
    void gammaHasItsMeanAndAVarianceOfMeanSquaredOverShape() {
        for (double shape : new double[] {0.5, 16}) {
            double[] moments = moments(() -> RandomDraws.gamma(rng, shape, 2.0), 200_000);
            assertThat(moments[0]).isCloseTo(2.0, within(0.03));
            assertThat(moments[1]).isCloseTo(4.0 / shape, within(0.05 * 4.0 / shape));
        }
    }

    @Test
    void lognormalHasItsMedianAndLogUniformStaysInItsBounds() {
        int below = 0;
        for (int i = 0; i < 100_000; i++) {
            below += RandomDraws.lognormal(rng, 40, 1.3) < 40 ? 1 : 0;
            assertThat(RandomDraws.logUniform(rng, 0.15, 1.0)).isBetween(0.15, 1.0);
        }
        assertThat(below / 100_000.0).isCloseTo(0.5, within(0.01));
    }

    private static double[] moments(DoubleSupplier draw, int n) {
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = draw.getAsDouble();
            sum += x;
            squares += x * x;
        }
        double mean = sum / n;
        return new double[] {mean, squares / n - mean * mean};
    }
}
