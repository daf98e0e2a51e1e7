package io.pullwatch.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SentimentLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoissonThresholdTest {

    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private final PoissonThreshold rule = PoissonThreshold.standard();

    @Test
    void theThresholdIsTheSmallestCountRarerThanAlpha() {
        // P(X ≥ 7 | 1) = 8.3e-5 < 1e-4 ≤ P(X ≥ 6 | 1) = 5.9e-4
        assertThat(rule.threshold(1.0)).isEqualTo(7);
        // At the floor, 0.02 a minute: P(X ≥ 2) = 2.0e-4, P(X ≥ 3) = 1.3e-6
        assertThat(rule.threshold(0.02)).isEqualTo(3);
        assertThat(rule.threshold(10.0)).isEqualTo(25); // P(X ≥ 25 | 10) = 4.7e-5, P(X ≥ 24 | 10) = 1.2e-4
    }

    @Test
    void firesAtThePostThatReachesTheThresholdAgainstTheTrailingMean() {
        List<Observation> stream = new ArrayList<>();
        for (int minute = 0; minute < 360; minute++) {
            add(stream, "store:a", minute, 1, SentimentLabel.POSITIVE); // λ = 1 a minute
        }
        add(stream, "store:a", 360, 5, SentimentLabel.NEGATIVE);
        add(stream, "store:a", 360, 3, SentimentLabel.POSITIVE); // the 7th post of the minute is the first positive

        List<Detection> detections = rule.detect(stream);

        assertThat(detections).containsExactly(new Detection("store:a", Polarity.NEGATIVE,
                stream.get(360 + 6).at()));
    }

    @Test
    void sixInAMinuteAgainstOneAMinuteIsNotEnough() {
        List<Observation> stream = new ArrayList<>();
        for (int minute = 0; minute < 360; minute++) {
            add(stream, "store:a", minute, 1, SentimentLabel.POSITIVE);
        }
        add(stream, "store:a", 360, 6, SentimentLabel.NEGATIVE);

        assertThat(rule.detect(stream)).isEmpty();
    }

    @Test
    void aNewEpisodeNeedsThirtyQuietMinutes() {
        List<Observation> stream = new ArrayList<>();
        add(stream, "brand", 600, 3, SentimentLabel.NEGATIVE); // floor λ: 3 fire
        add(stream, "brand", 620, 10, SentimentLabel.NEGATIVE); // 20 min later: same episode
        add(stream, "brand", 700, 30, SentimentLabel.POSITIVE); // 80 min later: a new one

        List<Detection> detections = rule.detect(stream);

        assertThat(detections).extracting(Detection::at, Detection::polarity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(stream.get(2).at(), Polarity.NEGATIVE),
                org.assertj.core.groups.Tuple.tuple(stream.get(13 + minuteThreshold(stream)).at(), Polarity.POSITIVE));
    }

    @Test
    void theTrailingMeanForgetsWhatIsOlderThanItsWindow() {
        List<Observation> stream = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            add(stream, "store:a", minute, 10, SentimentLabel.POSITIVE); // a busy hour, then six quiet hours
        }
        add(stream, "store:a", 60 + 6 * 60 + 1, 3, SentimentLabel.POSITIVE);

        List<Detection> detections = rule.detect(stream);

        assertThat(detections).last().satisfies(d -> assertThat(d.at()).isEqualTo(stream.get(stream.size() - 1).at()));
    }

    /** Index, within the last burst, of the post that fires: its threshold against what came before. */
    private int minuteThreshold(List<Observation> stream) {
        return rule.threshold(Math.max(0.02, 13 / 360.0)) - 1;
    }

    static void add(List<Observation> stream, String scope, int minute, int count, SentimentLabel label) {
        Instant from = T0.plus(Duration.ofMinutes(minute));
        long before = stream.stream().filter(o -> o.scope().equals(scope) && !o.at().isBefore(from)
                && o.at().isBefore(from.plus(Duration.ofMinutes(1)))).count();
        for (int i = 0; i < count; i++) {
            stream.add(new Observation(from.plusMillis(100 * (before + i) + 100), scope, label));
        }
    }
}
