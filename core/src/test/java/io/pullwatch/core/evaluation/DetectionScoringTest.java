package io.pullwatch.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.simulation.ScopeRate;
import io.pullwatch.core.simulation.SimulationTruth;
import io.pullwatch.core.simulation.TruthCascade;
import io.pullwatch.core.simulation.TruthWave;
import io.pullwatch.core.simulation.WaveSpeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring on a hand-made answer key, every figure worked out by hand. */
class DetectionScoringTest {

    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final Instant SCORED = START.plus(Duration.ofDays(1));
    private static final Instant DAY2 = SCORED;

    private static final TruthWave LILLE = wave("w1", "store:lille", Polarity.NEGATIVE, at(10, 0), at(11, 0), 5);
    private static final TruthWave LYON = wave("w2", "store:lyon", Polarity.POSITIVE, at(14, 0), at(14, 30), 10);
    private static final TruthWave BRAND = wave("w3", "brand", Polarity.POSITIVE, at(16, 0), at(17, 0), 2);
    private static final TruthWave NICE = wave("w4", "store:nice", Polarity.NEGATIVE, at(18, 0), at(19, 0), 20);
    private static final TruthCascade VIRAL = new TruthCascade("root-1", "brand", Polarity.NEGATIVE, at(20, 0),
            at(23, 0), 1500, 80_000, 1e-4, 0.85);
    private static final SimulationTruth TRUTH = new SimulationTruth(1, START, START.plus(Duration.ofDays(3)), SCORED,
            List.of(new ScopeRate("brand", 1.0)), List.of(LILLE, LYON, BRAND, NICE), List.of(VIRAL));

    @Test
    void precisionRecallAndTimeToDetect() {
        List<Detection> detections = List.of(
                new Detection("store:lille", Polarity.POSITIVE, START.plusSeconds(3600)), // warm-up: not scored
                new Detection("store:lille|aspect:queues", Polarity.NEGATIVE, at(10, 4)), // w1 after 4 min
                new Detection("store:lille", Polarity.NEGATIVE, at(10, 6)), // w1 again: its own incident (scope)
                new Detection("store:lille", Polarity.NEGATIVE, at(10, 20)), // same incident as 10:06
                new Detection("store:lyon", Polarity.NEGATIVE, at(14, 5)), // wrong polarity: false alarm
                new Detection("store:lyon", null, at(14, 38)), // no polarity, within the 10-min tolerance: w2 at 38
                new Detection("brand", Polarity.POSITIVE, at(18, 30)), // brand view of no positive wave: false alarm
                new Detection("brand", Polarity.NEGATIVE, at(18, 40)), // brand view of w4: correct, not recall
                new Detection("brand", Polarity.NEGATIVE, at(21, 0)), // explained by the viral cascade
                new Detection("store:paris", Polarity.POSITIVE, at(9, 0)), // nothing there: false alarm
                new Detection("cascade:root-1", Polarity.NEGATIVE, at(20, 12)),
                new Detection("cascade:other", Polarity.NEGATIVE, at(20, 30)));

        ScoreCard card = DetectionScoring.standard().score(detections, TRUTH);

        assertThat(card.episodes()).isEqualTo(9);
        assertThat(card.incidents()).isEqualTo(8);
        assertThat(card.matched()).isEqualTo(4); // lille ×2 incidents, lyon 14:38, brand 18:40
        assertThat(card.explained()).isEqualTo(1);
        assertThat(card.falseAlarms()).isEqualTo(3);
        assertThat(card.precision()).isCloseTo(5 / 8.0, within(1e-9));
        assertThat(card.scoredDays()).isCloseTo(2.0, within(1e-9));
        assertThat(card.falseAlarmsPerDay()).isCloseTo(1.5, within(1e-9));
        assertThat(card.recallAtLeast(5)).isCloseTo(2 / 3.0, within(1e-9)); // w1, w2 of w1, w2, w4
        assertThat(card.recallAt(2)).isZero();
        assertThat(card.recallFor(WaveSpeed.SUDDEN, 5)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(card.timeToDetect(w -> w.multiplier() >= 5, 0.5)).isEqualTo(Duration.ofMinutes(4));
        assertThat(card.timeToDetect(w -> w.multiplier() >= 5, 0.9)).isEqualTo(Duration.ofMinutes(38));
        assertThat(card.cascadeEpisodes()).isEqualTo(2);
        assertThat(card.cascadePrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(card.cascadeRecall()).isEqualTo(1.0);
        assertThat(card.cascadeTimeToDetect(0.5)).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void scoreCardsOfSeveralStreamsAddUp() {
        ScoreCard one = DetectionScoring.standard().score(List.of(
                new Detection("store:nice", Polarity.NEGATIVE, at(18, 2))), TRUTH);
        ScoreCard two = DetectionScoring.standard().score(List.of(
                new Detection("store:paris", Polarity.NEGATIVE, at(8, 0))), TRUTH);

        ScoreCard both = ScoreCard.EMPTY.plus(one).plus(two);

        assertThat(both.incidents()).isEqualTo(2);
        assertThat(both.precision()).isEqualTo(0.5);
        assertThat(both.waves()).hasSize(8);
        assertThat(both.recallAt(20)).isEqualTo(0.5);
        assertThat(both.scoredDays()).isCloseTo(4.0, within(1e-9));
        assertThat(ScoreCard.EMPTY.precision()).isNaN();
    }

    private static Instant at(int hour, int minute) {
        return DAY2.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }

    private static TruthWave wave(String id, String scope, Polarity polarity, Instant start, Instant end,
            double multiplier) {
        return new TruthWave(id, scope, polarity, start, end, multiplier, WaveSpeed.SUDDEN, "queues", 50);
    }
}
