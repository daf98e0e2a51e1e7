package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityProfileTest {

    private static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");

    @Test
    void averagesOneOverAWeekMinuteByMinute() {
        double sum = 0;
        int minutes = 7 * 1440;
        for (int m = 0; m < minutes; m++) {
            sum += ActivityProfile.at(MONDAY.plusSeconds(60L * m + 30));
        }
        assertThat(sum / minutes).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void nightsAreQuietAfternoonsBusySaturdaysBusierThanSundays() {
        assertThat(ActivityProfile.daily(Instant.parse("2025-03-03T03:30:00Z"))).isLessThan(0.1);
        assertThat(ActivityProfile.daily(Instant.parse("2025-03-03T16:30:00Z"))).isGreaterThan(1.5);
        assertThat(ActivityProfile.weekly(Instant.parse("2025-03-08T12:00:00Z")))
                .isGreaterThan(1.5 * ActivityProfile.weekly(Instant.parse("2025-03-09T12:00:00Z")));
    }

    @Test
    void noMinuteJumps() {
        for (int m = 0; m < 1440; m++) {
            double now = ActivityProfile.daily(MONDAY.plusSeconds(60L * m));
            double next = ActivityProfile.daily(MONDAY.plusSeconds(60L * (m + 1)));
            assertThat(Math.abs(next - now)).isLessThan(0.02);
        }
    }
}
