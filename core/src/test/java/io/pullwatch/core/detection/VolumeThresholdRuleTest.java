package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.Review;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeThresholdRuleTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final String LYON = "store:lyon-01";
    private static final long BUCKET = Instant.parse("2025-03-01T10:00:00Z").toEpochMilli();

    private final VolumeThresholdRule rule = new VolumeThresholdRule(3, QUARTER);

    // ---------------------------------------------------------------- opening and escalation

    @Test
    void nothingBelowTheThreshold() {
        assertThat(rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(1))).isEmpty();
        assertThat(rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(2))).isEmpty();
    }

    @Test
    void opensExactlyAtTheThreshold() {
        Alert alert = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(3)).orElseThrow();

        assertThat(alert.status()).isEqualTo(AlertStatus.OPENED);
        assertThat(alert.revision()).isEqualTo(1);
        assertThat(alert.severity()).isEqualTo(5);
    }

    @Test
    void thresholdOfOneOpensOnTheFirstPiece() {
        VolumeThresholdRule eager = new VolumeThresholdRule(1, QUARTER);

        assertThat(eager.afterIncrement(LYON, Polarity.POSITIVE, BUCKET, tally(1))).map(Alert::status)
                .hasValue(AlertStatus.OPENED);
    }

    @Test
    void updatesAtEachDoublingAndOnlyThen() {
        List<Long> countsThatEmitted = new ArrayList<>();
        List<AlertStatus> statuses = new ArrayList<>();
        List<Integer> revisions = new ArrayList<>();

        PolarityTally tally = PolarityTally.EMPTY;
        for (int i = 1; i <= 25; i++) {
            tally = tally.plus(feedback("review:r" + i));
            Optional<Alert> alert = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally);
            if (alert.isPresent()) {
                countsThatEmitted.add(tally.count());
                statuses.add(alert.get().status());
                revisions.add(alert.get().revision());
                tally = tally.withAlertRevision(alert.get().revision());
            }
        }

        assertThat(countsThatEmitted).containsExactly(3L, 6L, 12L, 24L);
        assertThat(statuses).containsExactly(AlertStatus.OPENED, AlertStatus.UPDATED, AlertStatus.UPDATED,
                AlertStatus.UPDATED);
        assertThat(revisions).containsExactly(1, 2, 3, 4);
    }

    @Test
    void alreadyRaisedRevisionIsNotRaisedAgain() {
        assertThat(rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(5).withAlertRevision(1))).isEmpty();
        assertThat(rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(6).withAlertRevision(2))).isEmpty();
    }

    @Test
    void countThatSkipsADoublingJumpsStraightToItsRevision() {
        // a tally restored from a snapshot may have grown past several doublings since the last alert
        Alert alert = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(13).withAlertRevision(1)).orElseThrow();

        assertThat(alert.revision()).isEqualTo(3);
        assertThat(alert.status()).isEqualTo(AlertStatus.UPDATED);
    }

    @ParameterizedTest(name = "threshold 5, count {0} → revision {1}")
    @CsvSource({"0, 0", "4, 0", "5, 1", "9, 1", "10, 2", "19, 2", "20, 3", "39, 3", "40, 4", "80, 5"})
    void revisionGrowsByOnePerDoubling(long count, int revision) {
        assertThat(new VolumeThresholdRule(5, QUARTER).revisionFor(count)).isEqualTo(revision);
    }

    @ParameterizedTest(name = "count {0} of threshold 4 → severity {1}")
    @CsvSource({"4, 5", "5, 6", "6, 8", "8, 10", "40, 10"})
    void severityScalesWithTheRatioToTheThresholdUpToTen(int count, int severity) {
        VolumeThresholdRule four = new VolumeThresholdRule(4, QUARTER);

        assertThat(four.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(count)).orElseThrow().severity())
                .isEqualTo(severity);
    }

    // ---------------------------------------------------------------- resolution

    @Test
    void resolvesOnlyAnOpenedAlert() {
        assertThat(rule.onBucketClosed(LYON, Polarity.NEGATIVE, BUCKET, tally(2))).isEmpty();
        assertThat(rule.onBucketClosed(LYON, Polarity.NEGATIVE, BUCKET, PolarityTally.EMPTY)).isEmpty();
    }

    @Test
    void resolutionIsTheRevisionAfterTheLastOne() {
        Alert resolved = rule.onBucketClosed(LYON, Polarity.NEGATIVE, BUCKET, tally(7).withAlertRevision(2))
                .orElseThrow();

        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.revision()).isEqualTo(3);
        assertThat(resolved.summary()).startsWith("Ended: negative feedback in store:lyon-01: 7 in 15 min");
    }

    // ---------------------------------------------------------------- identity

    @Test
    void everyRevisionOfAnEpisodeSharesItsId() {
        Alert opened = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(3)).orElseThrow();
        Alert updated = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(6).withAlertRevision(1))
                .orElseThrow();
        Alert resolved = rule.onBucketClosed(LYON, Polarity.NEGATIVE, BUCKET, tally(6).withAlertRevision(2))
                .orElseThrow();

        assertThat(updated.alertId()).isEqualTo(opened.alertId());
        assertThat(resolved.alertId()).isEqualTo(opened.alertId());
    }

    @Test
    void alertIdIsStableAcrossInstancesAndReplays() {
        String first = new VolumeThresholdRule(3, QUARTER).afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(3))
                .orElseThrow().alertId();
        String replayed = new VolumeThresholdRule(3, QUARTER).afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(3))
                .orElseThrow().alertId();

        assertThat(replayed).isEqualTo(first);
        assertThat(UUID.fromString(first).version()).as("name-based UUID").isEqualTo(3);
        assertThat(first).isEqualTo(VolumeThresholdRule.alertId(LYON, Polarity.NEGATIVE, BUCKET));
    }

    @Test
    void alertIdDiffersByScopePolarityAndBucket() {
        String base = VolumeThresholdRule.alertId(LYON, Polarity.NEGATIVE, BUCKET);

        assertThat(VolumeThresholdRule.alertId("store:paris-02", Polarity.NEGATIVE, BUCKET)).isNotEqualTo(base);
        assertThat(VolumeThresholdRule.alertId(Scopes.BRAND, Polarity.NEGATIVE, BUCKET)).isNotEqualTo(base);
        assertThat(VolumeThresholdRule.alertId(LYON, Polarity.POSITIVE, BUCKET)).isNotEqualTo(base);
        assertThat(VolumeThresholdRule.alertId(LYON, Polarity.NEGATIVE, BUCKET + QUARTER.toMillis()))
                .isNotEqualTo(base);
    }

    // ---------------------------------------------------------------- buckets

    @Test
    void bucketsAreAlignedOnTheirSize() {
        assertThat(rule.bucketStart(Instant.parse("2025-03-01T10:00:00Z"))).isEqualTo(BUCKET);
        assertThat(rule.bucketStart(Instant.parse("2025-03-01T10:07:31Z"))).isEqualTo(BUCKET);
        assertThat(rule.bucketStart(Instant.parse("2025-03-01T10:14:59.999Z"))).isEqualTo(BUCKET);
        assertThat(rule.bucketStart(Instant.parse("2025-03-01T10:15:00Z"))).isEqualTo(BUCKET + QUARTER.toMillis());
        assertThat(rule.bucketStart(Instant.parse("2025-03-01T09:59:59.999Z"))).isEqualTo(BUCKET - QUARTER.toMillis());
    }

    @Test
    void bucketEndIsTheNextBucketStart() {
        long end = rule.bucketEnd(BUCKET);

        assertThat(end).isEqualTo(Instant.parse("2025-03-01T10:15:00Z").toEpochMilli());
        assertThat(rule.bucketStart(Instant.ofEpochMilli(end))).isEqualTo(end);
    }

    @Test
    void bucketsBeforeTheEpochRoundDown() {
        assertThat(rule.bucketStart(Instant.ofEpochMilli(-1))).isEqualTo(-QUARTER.toMillis());
    }

    @Test
    void alertWindowIsItsBucket() {
        Alert alert = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(3)).orElseThrow();

        assertThat(alert.windowStart()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(alert.windowEnd()).isEqualTo(Instant.parse("2025-03-01T10:15:00Z"));
    }

    // ---------------------------------------------------------------- contents

    @Test
    void alertCarriesItsEvidence() {
        PolarityTally tally = PolarityTally.EMPTY
                .plus(feedback("review:r1", "init-lyon-chat"))
                .plus(feedback("review:r2", "init-lyon-flash"))
                .plus(feedback("mention:m3", "init-lyon-chat", "init-lyon-flash"))
                .plus(feedback("review:r4", "init-lyon-chat"));

        Alert alert = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally).orElseThrow();

        assertThat(alert.schemaVersion()).isEqualTo(1);
        assertThat(alert.scope()).isEqualTo(LYON);
        assertThat(alert.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(alert.detector()).isEqualTo("volume-threshold");
        assertThat(alert.evidence()).isEqualTo(new AlertEvidence(4, 3.0, 0, 4, 0, "review:r1",
                List.of("review:r1", "review:r2", "mention:m3", "review:r4"), List.of("lyon-01"),
                List.of("init-lyon-chat", "init-lyon-flash")));
        assertThat(alert.summary()).isEqualTo("Burst of negative feedback in store:lyon-01: 4 in 15 min "
                + "(threshold 3), mostly about initiative init-lyon-chat");
    }

    @Test
    void positiveBrandAlertCountsPositivesAndNamesNoStore() {
        Alert alert = rule.afterIncrement(Scopes.BRAND, Polarity.POSITIVE, BUCKET, tally(3)).orElseThrow();

        assertThat(alert.evidence().positive()).isEqualTo(3);
        assertThat(alert.evidence().negative()).isZero();
        assertThat(alert.evidence().storeIds()).isEmpty();
        assertThat(alert.evidence().initiativeIds()).isEmpty();
        assertThat(alert.summary()).isEqualTo("Burst of positive feedback in brand: 3 in 15 min (threshold 3)");
    }

    @Test
    void evidenceKeepsAtMostFiveSamplesAndTheFirst() {
        Alert alert = rule.afterIncrement(LYON, Polarity.NEGATIVE, BUCKET, tally(6).withAlertRevision(1))
                .orElseThrow();

        assertThat(alert.evidence().observed()).isEqualTo(6);
        assertThat(alert.evidence().firstFeedbackId()).isEqualTo("review:r1");
        assertThat(alert.evidence().sampleFeedbackIds())
                .containsExactly("review:r1", "review:r2", "review:r3", "review:r4", "review:r5");
    }

    // ---------------------------------------------------------------- construction

    @Test
    void rejectsAThresholdBelowOneAndAnEmptyBucket() {
        assertThatThrownBy(() -> new VolumeThresholdRule(0, QUARTER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VolumeThresholdRule(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VolumeThresholdRule(3, Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- helpers

    private static PolarityTally tally(int count) {
        PolarityTally tally = PolarityTally.EMPTY;
        for (int i = 1; i <= count; i++) {
            tally = tally.plus(feedback("review:r" + i));
        }
        return tally;
    }

    private static Feedback feedback(String feedbackId, String... initiativeIds) {
        Review review = new Review(1, "r", "google", "lyon-01", 1.0, null, "Attente interminable", "fr", "g-1",
                Instant.parse("2025-03-01T10:01:00Z"), List.of());
        List<Attribution> attributions = Arrays.stream(initiativeIds)
                .map(id -> new Attribution(id, 0.98, AttributionRule.CODE, "CODE"))
                .toList();
        return new Feedback(1, feedbackId, FeedbackKind.REVIEW, review, null, "lyon-01", "fr", null, null, attributions,
                null, 0L);
    }
}
