package io.pullwatch.core.detection;

import java.time.Duration;
import java.util.Arrays;

/**
 * The usual volume of one signal in one scope, per hour, learned as it goes: a level (exponentially weighted, with
 * a time constant of three days) times an hour-of-day factor (learned day by day) times a day-of-week factor (learned
 * week by week). Factors are shrunk towards 1 until a few days (weeks) have been seen, so that one odd Tuesday does
 * not become the rule. It also learns how much more the volume varies from hour to hour than a Poisson count would
 * ({@link #relativeVariance}), which the detector uses to widen its expectations on noisy scopes.
 *
 * <p>Hours are closed lazily, when a later event or timer arrives; hours with nothing count as zero. While an alert
 * is open the caller sets {@link #suppressing}: the wave's hours then count for at most twice the expectation, so
 * that a wave does not teach the baseline that waves are normal.
 *
 * <p>A Flink POJO: public fields, public no-argument constructor.
 */
public final class SeasonalBaseline {

    static final long HOUR = Duration.ofHours(1).toMillis();
    static final long DAY = Duration.ofDays(1).toMillis();
    static final double LEVEL_TIME_CONSTANT_HOURS = 72;
    static final double VARIANCE_TIME_CONSTANT_HOURS = 48;
    static final double MIN_FACTOR = 0.05;
    static final double MAX_RELATIVE_VARIANCE = 4.0;
    /** Beyond two weeks of silence the detail of each empty hour no longer matters: the level decays in one step. */
    static final int MAX_HOURS_REPLAYED = 14 * 24;
    static final double WAVE_CAP = 2.0;
    static final double WEIGHT_RATE = 0.01;
    static final double PRIOR_RELATIVE_VARIANCE = 0.25;
    static final int PRIOR_HOURS = 48;
    static final double MIN_FIRST_HOUR_SHARE = 0.25;
    static final Duration MIN_PROVISIONAL = Duration.ofMinutes(5);

    /** Deseasonalised volume per hour. */
    public double level;
    public double[] hourOfDay = ones(24);
    public double[] dayOfWeek = ones(7);
    /** Var/mean² of hourly volumes beyond Poisson noise (0 for a pure Poisson scope). */
    public double relativeVariance;
    /** Time of the first event counted. */
    public long firstMillis = Long.MIN_VALUE;
    /** Start of the hour being counted, or {@link Long#MIN_VALUE} before the first event. */
    public long hourStart = Long.MIN_VALUE;
    public double hourVolume;
    public double dayVolume;
    /** Exponentially weighted mean of event weights and of their squares (compound-Poisson dispersion). */
    public double meanWeight = 1.0;
    public double meanSquaredWeight = 1.0;
    public long hoursSeen;
    public long daysSeen;
    public boolean suppressing;

    public SeasonalBaseline() {}

    private static double[] ones(int n) {
        double[] values = new double[n];
        Arrays.fill(values, 1.0);
        return values;
    }

    /**
     * Counts {@code volume} at {@code millis}. Returns false, counting nothing, if that hour is already closed (a late
     * event: the caller still counts it in its recent buckets).
     */
    public boolean add(long millis, double volume) {
        meanWeight += WEIGHT_RATE * (volume - meanWeight);
        meanSquaredWeight += WEIGHT_RATE * (volume * volume - meanSquaredWeight);
        long hour = Math.floorDiv(millis, HOUR) * HOUR;
        if (firstMillis == Long.MIN_VALUE || millis < firstMillis) {
            firstMillis = millis;
        }
        advanceTo(hour);
        if (hour < hourStart) {
            return false;
        }
        hourVolume += volume;
        return true;
    }

    /** Closes every hour before the one starting at {@code hour}, counting empty hours as zero. */
    public void advanceTo(long hour) {
        if (hourStart == Long.MIN_VALUE) {
            hourStart = hour;
            return;
        }
        long gapHours = (hour - hourStart) / HOUR;
        if (gapHours <= 0) {
            return;
        }
        closeHour(hoursSeen == 0 ? firstHourAsFullHour() : hourVolume);
        long replay = Math.min(gapHours - 1, MAX_HOURS_REPLAYED);
        for (long i = 0; i < replay; i++) {
            hourStart += HOUR;
            closeHour(0.0);
        }
        long skipped = gapHours - 1 - replay;
        if (skipped > 0) {
            level *= Math.pow(1 - levelRate(), skipped);
            hoursSeen += skipped;
        }
        hourStart = hour;
        hourVolume = 0;
    }

    /**
     * How many times wider than a Poisson count a volume expected at {@code expectedVolume} varies: the spread of
     * event weights (a compound Poisson count) plus the learned variation of the rate itself (negative binomial).
     */
    public double dispersion(double expectedVolume) {
        return weightDispersion() + Math.max(relativeVariance, learningVariance()) * expectedVolume;
    }

    /**
     * While the first two days are learned, the daily cycle is not yet known, and the expectation may be off by the
     * whole cycle's amplitude: a prior relative variance of {@link #PRIOR_RELATIVE_VARIANCE}, fading as hours pass.
     */
    private double learningVariance() {
        return PRIOR_RELATIVE_VARIANCE * Math.max(0, 1 - hoursSeen / (double) PRIOR_HOURS);
    }

    private double weightDispersion() {
        return Math.max(1.0, meanSquaredWeight / Math.max(meanWeight, 1e-9));
    }

    /**
     * The first hour is seldom watched from its start: its volume is scaled to a full hour (counting at least
     * {@link #MIN_FIRST_HOUR_SHARE} of one, so that a scope first seen at 10:59 does not learn from one minute alone).
     */
    private double firstHourAsFullHour() {
        double watched = (hourStart + HOUR - Math.max(hourStart, firstMillis)) / (double) HOUR;
        return hourVolume / Math.max(MIN_FIRST_HOUR_SHARE, Math.min(1.0, watched));
    }

    /**
     * Before any hour is complete: the volume per hour seen from the first event until {@code beforeMillis}, given
     * the volume counted since {@code beforeMillis} — the rate before the window being judged, so that a wave does
     * not hide itself by raising its own expectation. NaN when less than {@link #MIN_PROVISIONAL} was watched.
     */
    public double provisionalPerHour(long beforeMillis, double volumeSince) {
        long watched = beforeMillis - firstMillis;
        if (firstMillis == Long.MIN_VALUE || watched < MIN_PROVISIONAL.toMillis()) {
            return Double.NaN;
        }
        return Math.max(0, hourVolume - volumeSince) * HOUR / (double) watched;
    }

    /** Expected volume per hour at {@code millis}, with seasonal factors shrunk by how much history backs them. */
    public double expectedPerHour(long millis) {
        return level * seasonalFactor(millis);
    }

    double seasonalFactor(long millis) {
        int hourOfDayIndex = (int) Math.floorMod(millis / HOUR, 24L);
        int dayIndex = dayIndex(millis);
        double daily = 1 + (hourOfDay[hourOfDayIndex] - 1) * Math.min(1.0, daysSeen / 2.0);
        double weekly = 1 + (dayOfWeek[dayIndex] - 1) * Math.min(1.0, daysSeen / 14.0);
        return daily * weekly;
    }

    private void closeHour(double observed) {
        double expected = expectedPerHour(hourStart);
        if (suppressing && expected > 0) {
            observed = Math.min(observed, WAVE_CAP * expected);
        }
        learnVariance(observed, expected);
        double factor = seasonalFactor(hourStart);
        level += levelRate() * (observed / factor - level);
        learnHourOfDay(observed);
        hoursSeen++;
        dayVolume += observed;
        if (Math.floorMod(hourStart / HOUR, 24L) == 23) {
            learnDayOfWeek(dayVolume);
            dayVolume = 0;
            daysSeen++;
        }
    }

    /** A running mean at first, then an exponentially weighted one. */
    private double levelRate() {
        return Math.max(1.0 / LEVEL_TIME_CONSTANT_HOURS, 1.0 / (hoursSeen + 1));
    }

    private void learnVariance(double observed, double expected) {
        if (hoursSeen < 24 || expected < 2) {
            return; // too little history, or too few events an hour to tell noise from variance
        }
        double residual = observed - expected;
        double excess = (residual * residual - weightDispersion() * expected) / (expected * expected);
        double rate = 1.0 / VARIANCE_TIME_CONSTANT_HOURS;
        relativeVariance = Math.max(0, Math.min(MAX_RELATIVE_VARIANCE, relativeVariance + rate * (excess - relativeVariance)));
    }

    private void learnHourOfDay(double observed) {
        if (level <= 0) {
            return;
        }
        int index = (int) Math.floorMod(hourStart / HOUR, 24L);
        double weekly = 1 + (dayOfWeek[dayIndex(hourStart)] - 1) * Math.min(1.0, daysSeen / 14.0);
        double ratio = observed / (level * weekly);
        double rate = Math.max(0.1, 1.0 / (daysSeen + 1));
        hourOfDay[index] += rate * (ratio - hourOfDay[index]);
        normalise(hourOfDay);
    }

    private void learnDayOfWeek(double dayTotal) {
        if (level <= 0) {
            return;
        }
        int index = dayIndex(hourStart);
        double ratio = dayTotal / (level * 24);
        double rate = Math.max(0.2, 1.0 / (daysSeen / 7 + 1));
        dayOfWeek[index] += rate * (ratio - dayOfWeek[index]);
        normalise(dayOfWeek);
    }

    private static int dayIndex(long millis) {
        return (int) Math.floorMod(Math.floorDiv(millis, DAY), 7L);
    }

    /** Keeps the factors' mean at 1 (the level carries the volume) and none at zero (nights are quiet, not silent). */
    private static void normalise(double[] factors) {
        double sum = 0;
        for (int i = 0; i < factors.length; i++) {
            factors[i] = Math.max(MIN_FACTOR, factors[i]);
            sum += factors[i];
        }
        double mean = sum / factors.length;
        for (int i = 0; i < factors.length; i++) {
            factors[i] /= mean;
        }
    }
}
