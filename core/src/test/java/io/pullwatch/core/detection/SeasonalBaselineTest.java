package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeasonalBaselineTest {

    private static final long HOUR = SeasonalBaseline.HOUR;
    private static final long MONDAY = Instant.parse("2025-03-03T00:00:00Z").toEpochMilli();

    /** Adds {@code perHour} events evenly through each hour, for {@code hours} hours from {@code start}. */
    private static void feed(SeasonalBaseline baseline, long start, int hours, java.util.function.IntUnaryOperator perHour) {
        for (int h = 0; h < hours; h++) {
            int n = perHour.applyAsInt(h);
            for (int i = 0; i < n; i++) {
                baseline.add(start + h * HOUR + i * (HOUR / n), 1.0);
            }
        }
        baseline.advanceTo(start + hours * HOUR);
    }

    @Test
    void learnsAFlatLevel() {
        SeasonalBaseline baseline = new SeasonalBaseline();

        feed(baseline, MONDAY, 72, h -> 30);

        assertThat(baseline.expectedPerHour(MONDAY + 73 * HOUR)).isCloseTo(30, within(0.5));
        assertThat(baseline.hoursSeen).isEqualTo(72);
        assertThat(baseline.daysSeen).isEqualTo(3);
    }

    @Test
    void learnsTheDailyCycle() {
        SeasonalBaseline baseline = new SeasonalBaseline();

        feed(baseline, MONDAY, 24 * 7, h -> h % 24 < 8 ? 5 : 50);

        long nextDay = MONDAY + 7 * 24 * HOUR;
        assertThat(baseline.expectedPerHour(nextDay + 3 * HOUR)).isLessThan(12);
        assertThat(baseline.expectedPerHour(nextDay + 15 * HOUR)).isGreaterThan(40);
    }

    @Test
    void emptyHoursCountAsZeroAndLongSilencesDecayTheLevelInOneStep() {
        SeasonalBaseline baseline = new SeasonalBaseline();
        feed(baseline, MONDAY, 24, h -> 20);
        double before = baseline.level;

        baseline.advanceTo(MONDAY + Duration.ofDays(60).toMillis());

        assertThat(baseline.level).isLessThan(before / 100);
        assertThat(baseline.hoursSeen).isEqualTo(60 * 24);
    }

    @Test
    void whileSuppressingAWaveCountsForAtMostTwiceTheExpectation() {
        SeasonalBaseline calm = new SeasonalBaseline();
        SeasonalBaseline suppressed = new SeasonalBaseline();
        feed(calm, MONDAY, 48, h -> 10);
        feed(suppressed, MONDAY, 48, h -> 10);
        suppressed.suppressing = true;

        feed(calm, MONDAY + 48 * HOUR, 1, h -> 500);
        feed(suppressed, MONDAY + 48 * HOUR, 1, h -> 500);

        assertThat(suppressed.level).isLessThan(11);
        assertThat(calm.level).isGreaterThan(15);
    }

    @Test
    void aLateEventOfAClosedHourIsRefused() {
        SeasonalBaseline baseline = new SeasonalBaseline();
        baseline.add(MONDAY + 2 * HOUR, 1.0);

        assertThat(baseline.add(MONDAY + HOUR / 2, 1.0)).isFalse();
        assertThat(baseline.add(MONDAY + 2 * HOUR + 10, 1.0)).isTrue();
    }

    @Test
    void aFirstPartialHourIsScaledToAFullOne() {
        SeasonalBaseline baseline = new SeasonalBaseline();
        for (int i = 0; i < 10; i++) {
            baseline.add(MONDAY + 30 * 60_000 + i * 180_000L, 1.0); // ten events in the last half hour
        }

        baseline.advanceTo(MONDAY + HOUR);

        assertThat(baseline.level).isCloseTo(20, within(1e-9));
    }

    @Test
    void beforeAnyHourIsCompleteTheRateIsTheOneBeforeTheJudgedWindow() {
        SeasonalBaseline baseline = new SeasonalBaseline();
        for (int i = 0; i < 10; i++) {
            baseline.add(MONDAY + i * 120_000L, 1.0); // 10 in the first 20 minutes: 30 an hour
        }
        for (int i = 0; i < 40; i++) {
            baseline.add(MONDAY + 20 * 60_000 + i * 1000L, 1.0); // a burst after
        }

        assertThat(baseline.provisionalPerHour(MONDAY + 20 * 60_000, 40)).isCloseTo(30, within(1e-9));
        assertThat(baseline.provisionalPerHour(MONDAY + 60_000, 49)).isNaN();
    }

    @Test
    void dispersionGrowsWithWeightSpreadAndWhileTheCycleIsUnknown() {
        SeasonalBaseline fresh = new SeasonalBaseline();
        SeasonalBaseline settled = new SeasonalBaseline();
        feed(settled, MONDAY, 24 * 3, h -> 10);

        assertThat(fresh.dispersion(10)).isGreaterThan(settled.dispersion(10));
        assertThat(settled.dispersion(10)).isCloseTo(1.0, within(0.3));
    }
}
