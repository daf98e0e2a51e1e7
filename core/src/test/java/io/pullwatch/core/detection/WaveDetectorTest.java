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

    @Test
    void aNewScopeDoesNotFireOnItsFirstEvents() {
        ScopeWatch watch = new ScopeWatch();
        List<ScopedEvent> burst = new SyntheticScope(3)
                .wave(SyntheticScope.START, Duration.ofMinutes(10), 600, Signal.NEGATIVE, List.of("scandal")).events();

        assertThat(WaveDetectorRun.run(detector, watch, burst, UNTIL)).isEmpty();
        assertThat(watch.episode).isNull();
    }

    @Test
    void twoBurstsCloserThanTheCooldownAreOneAlert() {
        List<ScopedEvent> events = new SyntheticScope(11).background(30, Duration.ofDays(4))
                .wave(WAVE, Duration.ofMinutes(10), 300, Signal.NEGATIVE, List.of("queue"))
                .wave(WAVE.plus(Duration.ofMinutes(18)), Duration.ofMinutes(10), 300, Signal.NEGATIVE, List.of("queue"))
                .events();

        List<Alert> alerts = WaveDetectorRun.run(detector, new ScopeWatch(), events, UNTIL);

        assertThat(alerts).filteredOn(a -> a.status() == AlertStatus.OPENED).hasSize(1);
        assertThat(alerts).extracting(Alert::status).endsWith(AlertStatus.RESOLVED);
        assertThat(alerts.size()).as("revisions of one wave").isLessThanOrEqualTo(6);
    }

    @Test
    void aWaveOfBothPositiveAndNegativePostsIsMixed() {
        List<ScopedEvent> events = new SyntheticScope(5).background(30, Duration.ofDays(4))
                .wave(WAVE, Duration.ofMinutes(30), 150, Signal.NEGATIVE, List.of("debate"))
                .wave(WAVE, Duration.ofMinutes(30), 150, Signal.POSITIVE, List.of("debate"))
                .events();

        List<Alert> alerts = WaveDetectorRun.run(detector, new ScopeWatch(), events, UNTIL);

        assertThat(alerts).last().satisfies(a -> assertThat(a.polarity()).isEqualTo(Polarity.MIXED));
    }

    @Test
    void aReplayGivesTheSameAlertIds() {
        List<ScopedEvent> events = new SyntheticScope(7).background(30, Duration.ofDays(4))
                .wave(WAVE, Duration.ofMinutes(45), 150, Signal.NEGATIVE, List.of("rupture")).events();

        List<Alert> first = WaveDetectorRun.run(detector, new ScopeWatch(), events, UNTIL);
        List<Alert> second = WaveDetectorRun.run(new WaveDetector(DEFAULTS), new ScopeWatch(), events, UNTIL);

        assertThat(second).isEqualTo(first);
        assertThat(first.get(0).alertId()).isEqualTo(WaveDetector.alertId("store:s1", first.get(0).windowStart().toEpochMilli()));
    }

    @Test
    void aLateEventStillCountsInItsBucket() {
        ScopeWatch watch = new ScopeWatch();
        List<ScopedEvent> events = new SyntheticScope(2).background(30, Duration.ofHours(3)).events();
        WaveDetectorRun.run(detector, watch, events, events.get(events.size() - 1).createdAtMillis());
        ScopedEvent last = events.get(events.size() - 1);
        long bucket = detector.bucketOf(last.createdAtMillis());
        int before = watch.all.recent.events(bucket, 3);

        detector.observe("store:s1", watch, new ScopedEvent("store:s1", "late", last.createdAtMillis() - 90_000, "a", 0,
                1.0, 0, null, "s1", List.of(), List.of(), null));

        assertThat(watch.all.recent.events(bucket, 3)).isEqualTo(before + 1);
        assertThat(watch.latestMillis).isEqualTo(last.createdAtMillis());
    }

    @Test
    void severityGrowsWithExcessReachAndOneSidedness() {
        WaveEpisode small = new WaveEpisode();
        WaveEpisode loud = new WaveEpisode();
        loud.reach = 1_000_000;
        loud.negative = 50;

        assertThat(WaveDetector.severity(2, small)).isEqualTo(2);
        assertThat(WaveDetector.severity(64, loud)).isEqualTo(10);
        assertThat(WaveDetector.severity(8, loud)).isGreaterThan(WaveDetector.severity(8, small));
    }
}
