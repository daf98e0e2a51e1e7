package io.pullwatch.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SentimentLabel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendorRuleTest {

    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");
    private final VendorRule rule = VendorRule.standard();

    @Test
    void aJumpOverTheLastTwelveHoursFiresAtTheNextHourWithTheMajorityPolarity() {
        List<Observation> stream = new ArrayList<>();
        for (int hour = 0; hour < 12; hour++) {
            add(stream, "store:a", hour, hour % 2 == 0 ? 4 : 6, SentimentLabel.POSITIVE); // mean 5, sd 1
        }
        add(stream, "store:a", 12, 6, SentimentLabel.POSITIVE);
        add(stream, "store:a", 12, 3, SentimentLabel.NEGATIVE); // 9 > 5 + 3 × 1: fires, mostly positive

        assertThat(afterTwelveHours(rule.detect(stream))).containsExactly(
                new Detection("store:a", Polarity.POSITIVE, T0.plus(Duration.ofHours(13))));
    }

    /** The first hours of a stream have an empty history, in which the first few posts fire: left out here. */
    private static List<Detection> afterTwelveHours(List<Detection> detections) {
        return detections.stream().filter(d -> d.at().isAfter(T0.plus(Duration.ofHours(12)))).toList();
    }

    @Test
    void withinThreeDeviationsNothingFires() {
        List<Observation> stream = new ArrayList<>();
        for (int hour = 0; hour < 12; hour++) {
            add(stream, "store:a", hour, hour % 2 == 0 ? 4 : 6, SentimentLabel.POSITIVE);
        }
        add(stream, "store:a", 12, 8, SentimentLabel.NEGATIVE); // 8 = 5 + 3 × 1: not above the line

        assertThat(afterTwelveHours(rule.detect(stream))).isEmpty();
    }

    @Test
    void anEmptyHistoryNeedsTheMinimumCount() {
        List<Observation> one = new ArrayList<>();
        add(one, "brand", 20, 1, SentimentLabel.NEGATIVE);
        List<Observation> five = new ArrayList<>();
        add(five, "brand", 20, 5, SentimentLabel.NEGATIVE);

        assertThat(rule.detect(one)).isEmpty();
        assertThat(rule.detect(five)).containsExactly(
                new Detection("brand", Polarity.NEGATIVE, T0.plus(Duration.ofHours(21))));
    }

    @Test
    void consecutiveFiringHoursAreOneEpisodeAndScopesAreApart() {
        List<Observation> stream = new ArrayList<>();
        add(stream, "store:a", 30, 10, SentimentLabel.NEGATIVE);
        add(stream, "store:a", 31, 40, SentimentLabel.NEGATIVE); // fires again: same episode
        add(stream, "store:b", 31, 10, SentimentLabel.NEUTRAL); // no majority: polarity unknown
        add(stream, "store:a", 40, 200, SentimentLabel.POSITIVE); // after quiet hours: a new episode

        assertThat(rule.detect(stream)).containsExactly(
                new Detection("store:a", Polarity.NEGATIVE, T0.plus(Duration.ofHours(31))),
                new Detection("store:b", null, T0.plus(Duration.ofHours(32))),
                new Detection("store:a", Polarity.POSITIVE, T0.plus(Duration.ofHours(41))));
    }

    @Test
    void refusesMeaninglessSettings() {
        assertThatThrownBy(() -> new VendorRule(0, 12, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VendorRule(3, 1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code count} posts spread over the given hour. */
    static void add(List<Observation> stream, String scope, int hour, int count, SentimentLabel label) {
        for (int i = 0; i < count; i++) {
            stream.add(new Observation(T0.plus(Duration.ofHours(hour)).plusSeconds(1 + i * (3598L / count)), scope,
                    label));
        }
    }
}
