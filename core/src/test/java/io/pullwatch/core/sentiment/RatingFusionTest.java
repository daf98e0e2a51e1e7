package io.pullwatch.core.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import org.junit.jupiter.api.Test;

class RatingFusionTest {

    private final LexiconSentimentScorer scorer = new LexiconSentimentScorer();

    @Test
    void oneStarSarcasmStaysNegative() {
        Sentiment fused = RatingFusion.fuse(scorer.score("great, another broken zipper", "en"), 1.0);

        assertThat(fused.label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void fiveStarsWithAShortLukewarmTextStayPositive() {
        Sentiment fused = RatingFusion.fuse(scorer.score("ok", "en"), 5.0);

        assertThat(fused.label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void contradictingTextWeakensButNeverFlipsThePolarity() {
        Sentiment fused = RatingFusion.fuse(new Sentiment(-0.9, SentimentLabel.NEGATIVE, 1.0), 4.0);

        // agreement -0.9: strength 0.5 * (1 - 0.45) = 0.275
        assertThat(fused.score()).isCloseTo(0.275, within(1e-9));
        assertThat(fused.label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void agreeingTextStrengthensAndRaisesConfidence() {
        Sentiment agreeing = RatingFusion.fuse(new Sentiment(0.8, SentimentLabel.POSITIVE, 1.0), 4.0);
        Sentiment disagreeing = RatingFusion.fuse(new Sentiment(-0.8, SentimentLabel.NEGATIVE, 1.0), 4.0);

        assertThat(agreeing.score()).isCloseTo(0.7, within(1e-9)); // 0.5 * (1 + 0.5 * 0.8)
        assertThat(agreeing.confidence()).isCloseTo(0.96, within(1e-9));
        assertThat(disagreeing.confidence()).isCloseTo(0.64, within(1e-9));
        assertThat(agreeing.confidence()).isGreaterThan(RatingSentiment.of(4.0).confidence());
    }

    @Test
    void strengthIsCappedAtOne() {
        assertThat(RatingFusion.fuse(new Sentiment(1.0, SentimentLabel.POSITIVE, 1.0), 5.0).score()).isEqualTo(1.0);
    }

    @Test
    void aNeutralRatingLetsTheTextDecideAtHalfStrength() {
        Sentiment fused = RatingFusion.fuse(new Sentiment(0.6, SentimentLabel.POSITIVE, 1.0), 3.0);

        assertThat(fused.score()).isCloseTo(0.3, within(1e-9));
        assertThat(fused.label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void unreadableTextLeavesTheRatingAlone() {
        assertThat(RatingFusion.fuse(Sentiment.UNKNOWN, 2.0)).isEqualTo(RatingSentiment.of(2.0));
        assertThat(RatingFusion.fuse(null, 2.0)).isEqualTo(RatingSentiment.of(2.0));
    }
}
