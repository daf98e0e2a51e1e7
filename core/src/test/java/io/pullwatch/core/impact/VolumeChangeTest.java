package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.event.ImpactNotification;
import org.junit.jupiter.api.Test;

class VolumeChangeTest {

    @Test
    void theRatioOfRatiosWithItsPoissonInterval() {
        // (40.5/10.5) / (100.5/100.5) = 3.857; se of the log = √(1/40.5 + 1/10.5 + 2/100.5) = .3723
        ImpactNotification.Volume v = VolumeChange.of(10, 40, 100, 100);

        assertThat(v.ratio()).isCloseTo(40.5 / 10.5, within(1e-9));
        double se = Math.sqrt(1 / 40.5 + 1 / 10.5 + 2 / 100.5);
        assertThat(v.low()).isCloseTo(40.5 / 10.5 * Math.exp(-1.959964 * se), within(1e-5));
        assertThat(v.high()).isCloseTo(40.5 / 10.5 * Math.exp(1.959964 * se), within(1e-5));
        assertThat(v.storeAfter()).isEqualTo(40);
    }

    @Test
    void anEmptyPeriodGivesAWideIntervalNotADivisionByZero() {
        ImpactNotification.Volume v = VolumeChange.of(0, 5, 0, 0);

        assertThat(v.ratio()).isFinite();
        assertThat(v.high() / v.low()).isGreaterThan(100);
    }
}
