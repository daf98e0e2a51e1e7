package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CascadeDetectorTest {

    private static final long ROOT = 1_700_000_000_000L;
    private final CascadeDetector detector = new CascadeDetector(WaveDetectorTest.DEFAULTS);

    private static CascadeShare root() {
        return new CascadeShare("p1", true, "mention:p1", "celebrity", ROOT, 200_000, -0.7, Signal.NEGATIVE,
                "This store lost my order");
    }

    private static CascadeShare reshare(int i, long millis, long followers) {
        return new CascadeShare("p1", false, "mention:r" + i, "fan" + i, millis, followers, 0, null, null);
    }

    /**
     * Delivers the shares as their time comes and checks the watch at each minute's end, from the root to
     * {@code minutes} later; returns what was raised.
     */
    private List<Alert> play(CascadeWatch watch, List<CascadeShare> shares, int minutes) {
        List<Alert> alerts = new ArrayList<>();
        int next = 0;
        for (int m = 1; m <= minutes; m++) {
            long now = ROOT + m * 60_000L;
            while (next < shares.size() && shares.get(next).createdAtMillis() < now) {
                watch.add(shares.get(next++));
            }
            detector.check("p1", watch, now).ifPresent(alerts::add);
        }
        return alerts;
    }

    private static List<CascadeShare> steady(CascadeShare root, int count, long gapMillis, long followers) {
        List<CascadeShare> shares = new ArrayList<>(List.of(root));
        for (int i = 0; i < count; i++) {
            shares.add(reshare(i, ROOT + (i + 1) * gapMillis, followers));
        }
        return shares;
    }

    @Test
    void aFastGrowingCascadeFromABigAccountIsFlaggedWithItsForecast() {
        CascadeWatch watch = new CascadeWatch();

        List<Alert> alerts = play(watch, steady(root(), 600, 2_000L, 300), 20); // a reshare every 2 s

        assertThat(alerts).isNotEmpty();
        Alert opened = alerts.get(0);
        assertThat(opened.status()).isEqualTo(AlertStatus.OPENED);
        assertThat(opened.scope()).isEqualTo("cascade:p1");
        assertThat(opened.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(opened.detector()).isEqualTo(CascadeDetector.DETECTOR);
        assertThat(opened.evidence().cascade().rootFeedbackId()).isEqualTo("mention:p1");
        assertThat(opened.evidence().cascade().resharesSoFar()).isGreaterThanOrEqualTo(20);
        assertThat(opened.evidence().topPosts()).singleElement()
                .satisfies(p -> assertThat(p.snippet()).contains("lost my order"));
        assertThat(opened.summary()).contains("predicted final");
    }

    @Test
    void aSmallCascadeThatDiesOutRaisesNothing() {
        assertThat(play(new CascadeWatch(), steady(root().withFollowers(50), 25, 120_000L, 20), 120)).isEmpty();
    }

    @Test
    void anOpenCascadeResolvesAfterAnHourWithoutReshares() {
        CascadeWatch watch = new CascadeWatch();
        play(watch, steady(root(), 300, 2_000L, 300), 10);
        assertThat(watch.alertId).isNotNull();
        String id = watch.alertId;

        Optional<Alert> resolved = detector.check("p1", watch, watch.lastReshareMillis + Duration.ofHours(1).toMillis());

        assertThat(resolved).get().satisfies(a -> {
            assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
            assertThat(a.alertId()).isEqualTo(id);
        });
        assertThat(watch.alertId).isNull();
        assertThat(detector.isActive(watch, watch.lastReshareMillis + Duration.ofHours(2).toMillis())).isFalse();
    }

    @Test
    void predictionsThatMoveLittleAreNotReportedAgain() {
        assertThat(CascadeDetector.movedEnough(1000, 1100)).isFalse();
        assertThat(CascadeDetector.movedEnough(1000, 1300)).isTrue();
        assertThat(CascadeDetector.movedEnough(1000, Double.POSITIVE_INFINITY)).isTrue();
        assertThat(CascadeDetector.movedEnough(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isFalse();
    }

    @Test
    void alertIdsAreStableAndDifferPerEpisode() {
        assertThat(CascadeDetector.alertId("p1", 1)).isEqualTo(CascadeDetector.alertId("p1", 1))
                .isNotEqualTo(CascadeDetector.alertId("p1", 2));
    }
}
