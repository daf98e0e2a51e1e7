package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReactionTimeKernelTest {

    @Test
    void flatForFiveMinutesThenAPowerLawWithTheMassItsDensityIntegratesTo() {
        assertThat(ReactionTimeKernel.density(60)).isEqualTo(6.27e-4);
        assertThat(ReactionTimeKernel.density(1200)).isEqualTo(6.27e-4 * Math.pow(4, -1.242), within(1e-12));
        double numeric = 0;
        double step = 1;
        for (double s = 0; s < 7200; s += step) {
            numeric += ReactionTimeKernel.density(s + step / 2) * step;
        }
        assertThat(ReactionTimeKernel.mass(7200)).isEqualTo(numeric, within(1e-5));
        assertThat(ReactionTimeKernel.TOTAL).isCloseTo(0.966, within(0.001));
    }

    @Test
    void inverseMassUndoesMass() {
        for (double s : new double[] {1, 120, 300, 301, 3600, 86_400, 1e7}) {
            assertThat(ReactionTimeKernel.inverseMass(ReactionTimeKernel.mass(s))).isCloseTo(s, within(s * 1e-9));
        }
    }

    @Test
    void samplesStayWithinTheHorizonAndFollowTheKernel() {
        SplittableRandom rng = new SplittableRandom(1);
        int n = 100_000;
        int withinFiveMinutes = 0;
        for (int i = 0; i < n; i++) {
            double delay = ReactionTimeKernel.sample(rng, 3600);
            assertThat(delay).isBetween(0.0, 3600.0);
            withinFiveMinutes += delay <= 300 ? 1 : 0;
        }
        assertThat(withinFiveMinutes / (double) n)
                .isCloseTo(ReactionTimeKernel.mass(300) / ReactionTimeKernel.mass(3600), within(0.005));
    }
}
