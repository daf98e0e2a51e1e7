package io.pullwatch.core.impact;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How the impact stage measures initiatives. Checked when built: every violated bound is an
 * {@link IllegalArgumentException} naming the setting.
 *
 * @param bucket event-time bucket the store's feedback is summed in and the estimates are revised at; divides an hour
 * @param baseline the store's history before an initiative starts that serves as its "before", and the history risk
 *     flags are compared with
 * @param recentWindow the window a risk flag's count is taken over
 * @param tail how long after an initiative's end its feedback still counts and its state is kept
 * @param minCount feedback with a sentiment needed in each of the four groups of the estimate
 * @param minAttributed feedback tied to the initiative needed before an effect is credited to it
 * @param expectedEffect the effect size (sentiment scale) the always-valid interval is tightest for
 * @param falseAlarmRate chance that an initiative without effect is ever called significant (α of the always-valid
 *     interval)
 * @param riskMinCount flagged feedback in the recent window needed to raise a risk
 * @param riskSignificance chance of that many by luck, given the store's history, below which a risk is raised
 * @param digestHour hour of the day (UTC) of the daily digest
 */
public record ImpactSettings(
        Duration bucket,
        Duration baseline,
        Duration recentWindow,
        Duration tail,
        int minCount,
        int minAttributed,
        double expectedEffect,
        double falseAlarmRate,
        int riskMinCount,
        double riskSignificance,
        int digestHour,
        OfficialCommunication officialCommunication,
        OffBrandLexicon offBrandLexicon) implements Serializable {

    public static ImpactSettings defaults() {
        return new ImpactSettings(Duration.ofMinutes(5), Duration.ofHours(72), Duration.ofMinutes(30),
                Duration.ofHours(48), 20, 5, 0.3, 0.01, 4, 0.001, 18, OfficialCommunication.NONE,
                OffBrandLexicon.fromClasspath());
    }

    public ImpactSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(recentWindow, "recentWindow");
        Objects.requireNonNull(tail, "tail");
        Objects.requireNonNull(officialCommunication, "officialCommunication");
        Objects.requireNonNull(offBrandLexicon, "offBrandLexicon");
        long hour = Duration.ofHours(1).toMillis();
        if (bucket.toMillis() < Duration.ofMinutes(1).toMillis() || hour % bucket.toMillis() != 0) {
            throw new IllegalArgumentException("bucket must be a whole divisor of an hour of at least 1 min, not " + bucket);
        }
        if (baseline.compareTo(bucket) < 0) {
            throw new IllegalArgumentException("baseline must be at least one bucket, not " + baseline);
        }
        if (recentWindow.compareTo(bucket) < 0 || recentWindow.compareTo(baseline) > 0
                || recentWindow.toMillis() % bucket.toMillis() != 0) {
            throw new IllegalArgumentException(
                    "recentWindow must be a whole number of buckets, no longer than the baseline, not " + recentWindow);
        }
        if (tail.isNegative()) {
            throw new IllegalArgumentException("tail must not be negative");
        }
        if (minCount < 2) {
            throw new IllegalArgumentException("minCount must be at least 2, not " + minCount);
        }
        if (minAttributed < 0) {
            throw new IllegalArgumentException("minAttributed must not be negative");
        }
        if (!(expectedEffect > 0 && expectedEffect <= 2)) {
            throw new IllegalArgumentException("expectedEffect must be in (0, 2], not " + expectedEffect);
        }
        if (!(falseAlarmRate > 0 && falseAlarmRate < 1)) {
            throw new IllegalArgumentException("falseAlarmRate must be in (0, 1), not " + falseAlarmRate);
        }
        if (riskMinCount < 1) {
            throw new IllegalArgumentException("riskMinCount must be at least 1, not " + riskMinCount);
        }
        if (!(riskSignificance > 0 && riskSignificance < 1)) {
            throw new IllegalArgumentException("riskSignificance must be in (0, 1), not " + riskSignificance);
        }
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalArgumentException("digestHour must be from 0 to 23, not " + digestHour);
        }
    }

    public ImpactSettings withOfficialCommunication(OfficialCommunication official) {
        return new ImpactSettings(bucket, baseline, recentWindow, tail, minCount, minAttributed, expectedEffect,
                falseAlarmRate, riskMinCount, riskSignificance, digestHour, official, offBrandLexicon);
    }

    public ImpactSettings withTail(Duration newTail) {
        return new ImpactSettings(bucket, baseline, recentWindow, newTail, minCount, minAttributed, expectedEffect,
                falseAlarmRate, riskMinCount, riskSignificance, digestHour, officialCommunication, offBrandLexicon);
    }

    public DifferenceInDifferences estimator() {
        return new DifferenceInDifferences(minCount, expectedEffect, falseAlarmRate);
    }

    public long bucketMillis() {
        return bucket.toMillis();
    }

    /** Start of the bucket {@code epochMillis} falls in (buckets are aligned on the epoch, hence on hours). */
    public long bucketStart(long epochMillis) {
        return Math.floorDiv(epochMillis, bucketMillis()) * bucketMillis();
    }
}
