package io.pullwatch.core.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingSentimentTest {

    @ParameterizedTest(name = "{0} stars → {1} ({2})")
    @CsvSource({
            "1.0, -1.0,  NEGATIVE",
            "1.5, -0.75, NEGATIVE",
            "2.0, -0.5,  NEGATIVE",
            "3.0,  0.0,  NEUTRAL",
            "4.0,  0.5,  POSITIVE",
            "4.5,  0.75, POSITIVE",
            "5.0,  1.0,  POSITIVE",
    })
    void starsMapLinearlyOntoMinusOneToOne(double rating, double score, SentimentLabel label) {
        Sentiment sentiment = RatingSentiment.of(rating);

        assertThat(sentiment.score()).isCloseTo(score, within(1e-9));
        assertThat(sentiment.label()).isEqualTo(label);
    }

    @Test
    void starRatingsAreTrustedAtPointEight() {
        assertThat(RatingSentiment.of(4.0).confidence()).isEqualTo(0.8);
        assertThat(RatingSentiment.of(3.0).isKnown()).isTrue();
    }

    @Test
    void ratingsOutsideOneToFiveAreClamped() {
        assertThat(RatingSentiment.of(0.0)).isEqualTo(new Sentiment(-1.0, SentimentLabel.NEGATIVE, 0.8));
        assertThat(RatingSentiment.of(10.0)).isEqualTo(new Sentiment(1.0, SentimentLabel.POSITIVE, 0.8));
    }

    @Test
    void scoresWithinTheNeutralBandAreNeutral() {
        assertThat(RatingSentiment.labelOf(0.05)).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(RatingSentiment.labelOf(-0.05)).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(RatingSentiment.labelOf(0.0)).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void scoresJustOutsideTheNeutralBandArePolar() {
        assertThat(RatingSentiment.labelOf(0.051)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(RatingSentiment.labelOf(-0.051)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(RatingSentiment.labelOf(-1.0)).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
