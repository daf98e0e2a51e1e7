package io.pullwatch.core.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentimentMetricsTest {

    @Test
    void pearsonOnHandComputedCases() {
        assertThat(SentimentMetrics.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1.0, within(1e-12));
        assertThat(SentimentMetrics.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        // dx = dy up to a swap of the middle pair: sxy = 4, sxx = syy = 5
        assertThat(SentimentMetrics.pearson(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}))
                .isCloseTo(0.8, within(1e-12));
    }

    @Test
    void pearsonIsZeroWithoutVariance() {
        assertThat(SentimentMetrics.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isZero();
        assertThat(SentimentMetrics.pearson(new double[0], new double[0])).isZero();
    }

    @Test
    void threeClassMacroF1UsesTheNeutralBandOnBothSides() {
        double[] predicted = {0.5, 0.04, -0.5, 0.5};
        double[] gold = {0.5, -0.04, -0.5, -0.5};

        // positive: tp 1, fp 1 → 2/3; neutral: tp 1 → 1; negative: tp 1, fn 1 → 2/3
        assertThat(SentimentMetrics.threeClassMacroF1(predicted, gold)).isCloseTo((2.0 / 3 + 1 + 2.0 / 3) / 3, within(1e-12));
    }

    @Test
    void binaryAccuracyAndMacroF1() {
        double[] predicted = {0.3, -0.2, 0.4, 0.9};
        boolean[] goldPositive = {true, false, true, false};

        assertThat(SentimentMetrics.binaryAccuracy(predicted, goldPositive)).isCloseTo(0.75, within(1e-12));
        // positive: tp 2, fp 1 → 0.8; negative: tp 1, fn 1 → 2/3
        assertThat(SentimentMetrics.binaryMacroF1(predicted, goldPositive)).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void aScoreOfZeroIsANegativeCallInBinaryMetrics() {
        assertThat(SentimentMetrics.binaryAccuracy(new double[] {0.0}, new boolean[] {false})).isEqualTo(1.0);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> SentimentMetrics.pearson(new double[1], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
