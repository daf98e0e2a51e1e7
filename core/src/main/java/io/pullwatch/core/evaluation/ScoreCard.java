package io.pullwatch.core.evaluation;

import io.pullwatch.core.simulation.TruthCascade;
import io.pullwatch.core.simulation.TruthWave;
import io.pullwatch.core.simulation.WaveSpeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One detector's score on one or more simulated streams ({@link #plus} adds streams up): its episodes and how many
 * were right, and for each wave (and viral cascade) whether and how fast it was detected.
 *
 * @param episodes episodes on ordinary scopes (not cascade scopes) after the warm-up
 * @param incidents those episodes, those close together on one scope and polarity counted once
 * @param matched incidents raised during an injected wave
 * @param explained incidents raised during a large reshare cascade
 */
public record ScoreCard(
        double scoredDays,
        int episodes,
        int incidents,
        int matched,
        int explained,
        List<WaveOutcome> waves,
        int cascadeEpisodes,
        int cascadeCorrect,
        List<CascadeOutcome> cascades) {

    /** A wave and how long it took to detect ({@code null}: never detected). */
    public record WaveOutcome(TruthWave wave, Duration timeToDetect) {
        public boolean detected() {
            return timeToDetect != null;
        }
    }

    /** A viral cascade and how long after the root post its first cascade alert came ({@code null}: none). */
    public record CascadeOutcome(TruthCascade cascade, Duration timeToDetect) {
        public boolean detected() {
            return timeToDetect != null;
        }
    }

    public static final ScoreCard EMPTY = new ScoreCard(0, 0, 0, 0, 0, List.of(), 0, 0, List.of());

    public ScoreCard {
        waves = List.copyOf(waves);
        cascades = List.copyOf(cascades);
    }

    public ScoreCard plus(ScoreCard other) {
        List<WaveOutcome> allWaves = new ArrayList<>(waves);
        allWaves.addAll(other.waves);
        List<CascadeOutcome> allCascades = new ArrayList<>(cascades);
        allCascades.addAll(other.cascades);
        return new ScoreCard(scoredDays + other.scoredDays, episodes + other.episodes, incidents + other.incidents,
                matched + other.matched,
                explained + other.explained, allWaves, cascadeEpisodes + other.cascadeEpisodes,
                cascadeCorrect + other.cascadeCorrect, allCascades);
    }

    public int falseAlarms() {
        return incidents - matched - explained;
    }

    /** Correct incidents over all incidents; NaN when there were none. */
    public double precision() {
        return incidents == 0 ? Double.NaN : (double) (matched + explained) / incidents;
    }

    public double episodesPerDay() {
        return scoredDays == 0 ? Double.NaN : episodes / scoredDays;
    }

    public double falseAlarmsPerDay() {
        return scoredDays == 0 ? Double.NaN : falseAlarms() / scoredDays;
    }

    /** Detected waves among those selected; NaN when none is selected. */
    public double recall(Predicate<TruthWave> which) {
        List<WaveOutcome> selected = select(which);
        return selected.isEmpty() ? Double.NaN
                : (double) selected.stream().filter(WaveOutcome::detected).count() / selected.size();
    }

    public double recallAtLeast(double multiplier) {
        return recall(w -> w.multiplier() >= multiplier);
    }

    public double recallAt(double multiplier) {
        return recall(w -> w.multiplier() == multiplier);
    }

    public double recallFor(WaveSpeed speed, double minMultiplier) {
        return recall(w -> w.speed() == speed && w.multiplier() >= minMultiplier);
    }

    public int waveCount(Predicate<TruthWave> which) {
        return select(which).size();
    }

    /** The q-quantile (nearest rank) of time to detect over the detected waves selected; null when none. */
    public Duration timeToDetect(Predicate<TruthWave> which, double q) {
        return Quantiles.nearestRank(select(which).stream().filter(WaveOutcome::detected)
                .map(WaveOutcome::timeToDetect).toList(), q);
    }

    public double cascadePrecision() {
        return cascadeEpisodes == 0 ? Double.NaN : (double) cascadeCorrect / cascadeEpisodes;
    }

    public double cascadeRecall() {
        return cascades.isEmpty() ? Double.NaN
                : (double) cascades.stream().filter(CascadeOutcome::detected).count() / cascades.size();
    }

    public Duration cascadeTimeToDetect(double q) {
        return Quantiles.nearestRank(cascades.stream().filter(CascadeOutcome::detected)
                .map(CascadeOutcome::timeToDetect).toList(), q);
    }

    private List<WaveOutcome> select(Predicate<TruthWave> which) {
        return waves.stream().filter(o -> which.test(o.wave())).toList();
    }
}
