package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaveDetectorTest {

    static final DetectionSettings DEFAULTS = new DetectionSettings(Duration.ofMinutes(1), 7.0, 2.0, 5, 2.0,
            Duration.ofHours(1), Duration.ofMinutes(15), 1.0, 1000, 20);
    private static final Instant WAVE = SyntheticScope.START.plus(Duration.ofDays(3)).plus(Duration.ofHours(15));
    private static final long UNTIL = SyntheticScope.START.plus(Duration.ofDays(4)).toEpochMilli();

    private final WaveDetector detector = new WaveDetector(DEFAULTS);

    @Test
    void threeDaysOfOrdinaryChatterRaiseNothing() {
        for (long seed = 1; seed <= 5; seed++) {
            List<ScopedEvent> events = new SyntheticScope(seed).background(30, Duration.ofDays(4)).events();

            assertThat(WaveDetectorRun.run(detector, new ScopeWatch(), events, UNTIL)).as("seed " + seed)
                    .extracting(Alert::summary).isEmpty();
        }
    }

    @Test
    void aWaveOfFiveTimesTheBaselineOpensWithinMinutesAndResolvesOnceItIsOver() {
        List<ScopedEvent> events = new SyntheticScope(7).background(30, Duration.ofDays(4))
                .wave(WAVE, Duration.ofMinutes(45), 150, Signal.NEGATIVE, List.of("rupture", "stock", "vide"))
                .events();

        List<Alert> alerts = WaveDetectorRun.run(detector, new ScopeWatch(), events, UNTIL);

        alerts.forEach(a -> System.out.println(a.status() + " " + a.severity() + " " + a.windowEnd() + " " + a.summary()));
        assertThat(alerts).extracting(Alert::alertId).containsOnly(alerts.get(0).alertId());
        Alert opened = alerts.get(0);
        assertThat(opened.status()).isEqualTo(AlertStatus.OPENED);
        assertThat(opened.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(Duration.between(WAVE, opened.windowEnd())).isLessThan(Duration.ofMinutes(10));
        assertThat(opened.evidence().topTerms()).extracting(t -> t.term()).contains("rupture", "stock");
        Alert resolved = alerts.get(alerts.size() - 1);
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.windowEnd()).isBetween(WAVE.plus(Duration.ofMinutes(45)), WAVE.plus(Duration.ofMinutes(75)));
        assertThat(alerts).extracting(Alert::revision).isSorted().doesNotHaveDuplicates();
    }
}
