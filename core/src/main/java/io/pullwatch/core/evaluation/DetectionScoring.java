package io.pullwatch.core.evaluation;

import io.pullwatch.core.detection.Scopes;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.simulation.SimulationTruth;
import io.pullwatch.core.simulation.TruthCascade;
import io.pullwatch.core.simulation.TruthWave;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a detector's episodes against a simulated stream's answer key. Only episodes raised after the warm-up count.
 * <ul>
 *   <li>An episode <b>matches</b> a wave when it is on the wave's scope (a store wave also takes the store's refined
 *       scopes, {@code store:<id>|…}), of the wave's polarity or of none, and raised between the wave's start and
 *       {@code lateTolerance} after its end. A wave is <b>detected</b> by its first matching episode; time to detect
 *       is that episode's time minus the wave's start.</li>
 *   <li>An episode on {@code brand} during a store wave (same polarity) is the brand-level view of that wave: it
 *       counts as correct for precision, but only an episode on the store's own scope detects the wave.</li>
 *   <li>An episode on the scope of a reshare cascade of at least {@code explainingReshares} reshares, of its
 *       polarity, between the root post and {@code lateTolerance} after the cascade's busy span, is <b>explained</b>
 *       by the cascade: the cascade is a real wave of reactions, so the episode is correct for precision.</li>
 *   <li>Precision is counted over <b>incidents</b>, so that a detector that re-opens an alert every minute of a wave
 *       is not rewarded for it: episodes on the same scope and polarity less than {@code incidentGap} apart (from
 *       the previous one) are one incident, judged by its first episode — matched, explained, or else a <b>false
 *       alarm</b>. Precision = (matched + explained incidents) / incidents.</li>
 *   <li>Episodes on {@code cascade:<rootId>} scopes are scored apart: correct when the root's cascade reached
 *       {@code explainingReshares}; viral cascades ({@code viralReshares} or more, started after the warm-up) are
 *       detected by the first of them, time to detect counted from the root post.</li>
 * </ul>
 */
public final class DetectionScoring {

    private final Duration lateTolerance;
    private final Duration incidentGap;
    private final int explainingReshares;
    private final int viralReshares;

    public DetectionScoring(Duration lateTolerance, Duration incidentGap, int explainingReshares, int viralReshares) {
        this.lateTolerance = lateTolerance;
        this.incidentGap = incidentGap;
        this.explainingReshares = explainingReshares;
        this.viralReshares = viralReshares;
    }

    /**
     * Ten minutes' tolerance after a wave's end; incidents apart after 30 quiet minutes (as the Poisson baseline's
     * episodes); cascades of 100 reshares explain alerts; 1,000 are viral.
     */
    public static DetectionScoring standard() {
        return new DetectionScoring(Duration.ofMinutes(10), Duration.ofMinutes(30), 100, 1000);
    }

    public ScoreCard score(List<Detection> detections, SimulationTruth truth) {
        List<Detection> scored = detections.stream().filter(d -> !d.at().isBefore(truth.scoredFrom()))
                .sorted(Comparator.comparing(Detection::at)).toList();
        List<Detection> scopeEpisodes = scored.stream().filter(d -> !isCascadeScope(d)).toList();
        List<Detection> cascadeEpisodes = scored.stream().filter(DetectionScoring::isCascadeScope).toList();

        List<Detection> incidents = incidents(scopeEpisodes);
        int matched = 0;
        int explained = 0;
        for (Detection d : incidents) {
            if (truth.waves().stream().anyMatch(w -> matches(d, w, true))) {
                matched++;
            } else if (truth.cascades().stream().anyMatch(c -> explains(c, d))) {
                explained++;
            }
        }
        List<ScoreCard.WaveOutcome> waves = new ArrayList<>();
        for (TruthWave wave : truth.waves()) {
            Optional<Instant> first = scopeEpisodes.stream().filter(d -> matches(d, wave, false))
                    .map(Detection::at).min(Instant::compareTo);
            waves.add(new ScoreCard.WaveOutcome(wave, first.map(at -> Duration.between(wave.start(), at)).orElse(null)));
        }

        int cascadeCorrect = 0;
        for (Detection d : cascadeEpisodes) {
            String root = d.scope().substring(TruthCascade.CASCADE_PREFIX.length());
            if (truth.cascades().stream().anyMatch(c -> c.rootId().equals(root) && c.reshares() >= explainingReshares
                    && !d.at().isBefore(c.start()))) {
                cascadeCorrect++;
            }
        }
        List<ScoreCard.CascadeOutcome> cascades = new ArrayList<>();
        for (TruthCascade cascade : truth.cascades()) {
            if (cascade.reshares() >= viralReshares && !cascade.start().isBefore(truth.scoredFrom())) {
                Optional<Instant> first = cascadeEpisodes.stream()
                        .filter(d -> d.scope().equals(cascade.cascadeScope()) && !d.at().isBefore(cascade.start()))
                        .map(Detection::at).min(Instant::compareTo);
                cascades.add(new ScoreCard.CascadeOutcome(cascade,
                        first.map(at -> Duration.between(cascade.start(), at)).orElse(null)));
            }
        }
        return new ScoreCard(truth.scoredDays(), scopeEpisodes.size(), incidents.size(), matched, explained, waves,
                cascadeEpisodes.size(), cascadeCorrect, cascades);
    }

    /** The first episode of each incident: episodes in time order, grouped by scope and polarity and by gaps. */
    List<Detection> incidents(List<Detection> episodes) {
        Map<String, Instant> lastByGroup = new HashMap<>();
        List<Detection> first = new ArrayList<>();
        for (Detection d : episodes) {
            Instant last = lastByGroup.put(d.scope() + "|" + d.polarity(), d.at());
            if (last == null || Duration.between(last, d.at()).compareTo(incidentGap) >= 0) {
                first.add(d);
            }
        }
        return first;
    }

    private static boolean isCascadeScope(Detection d) {
        return d.scope().startsWith(TruthCascade.CASCADE_PREFIX);
    }

    /** @param brandView whether a brand episode may stand for a store wave (precision) or not (recall) */
    private boolean matches(Detection d, TruthWave wave, boolean brandView) {
        boolean sameScope = d.baseScope().equals(wave.scope())
                || brandView && d.baseScope().equals(Scopes.BRAND) && wave.scope().startsWith(Scopes.STORE_PREFIX);
        return sameScope && compatible(d.polarity(), wave.polarity())
                && within(d.at(), wave.start(), wave.end().plus(lateTolerance));
    }

    private boolean explains(TruthCascade cascade, Detection d) {
        return cascade.reshares() >= explainingReshares && d.baseScope().equals(cascade.scope())
                && compatible(d.polarity(), cascade.polarity())
                && within(d.at(), cascade.start(), cascade.busyUntil().plus(lateTolerance));
    }

    /** A detector that cannot tell the polarity (or calls it mixed) is not held to it. */
    private static boolean compatible(Polarity detected, Polarity truth) {
        return detected == null || detected == Polarity.MIXED || detected == truth;
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
