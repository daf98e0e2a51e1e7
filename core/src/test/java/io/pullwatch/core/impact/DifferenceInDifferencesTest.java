package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The estimator on cases worked out by hand (the arithmetic is in the comments). */
class DifferenceInDifferencesTest {

    /** n values of the given mean and sample variance, as sums. */
    private static GroupStats group(long n, double mean, double variance) {
        double sum = n * mean;
        return new GroupStats(n, sum, variance * (n - 1) + sum * sum / n);
    }

    @Test
    void aSmallCaseByHand() {
        // store before {0,0,1,1}: mean .5, s² 1/3; after {1,1,1,0}: mean .75, s² .25
        // comparable before {0,1}: mean .5, s² .5; after {0,1,0,1}: mean .5, s² 1/3
        // estimate (.75 - .5) - (.5 - .5) = .25; se² = 1/12 + 1/16 + 1/4 + 1/12 = 23/48
        DifferenceInDifferences did = new DifferenceInDifferences(2, 0.5, 0.05);

        EffectEstimate e = did.estimate(GroupStats.of(0, 0, 1, 1), GroupStats.of(1, 1, 1, 0), GroupStats.of(0, 1),
                GroupStats.of(0, 1, 0, 1));

        double se = Math.sqrt(23.0 / 48);
        assertThat(e.estimate()).isCloseTo(0.25, within(1e-12));
        assertThat(e.standardError()).isCloseTo(se, within(1e-12));
        assertThat(e.low()).isCloseTo(0.25 - 1.959964 * se, within(1e-6));
        assertThat(e.high()).isCloseTo(0.25 + 1.959964 * se, within(1e-6));
        // I = 48/23, ρ = 1/.5² = 4: half-width √((I + ρ) ln((I + ρ)/(ρ .05²))) / I = 2.99337
        assertThat(e.anytimeHigh() - e.estimate()).isCloseTo(2.99337, within(1e-4));
        assertThat(e.anytimePValue()).isEqualTo(1.0);
        assertThat(e.enoughData()).isTrue();
        assertThat(e.significant()).isFalse();
        assertThat(e.direction()).isZero();
    }

    @Test
    void aClearEffectIsSignificantAndItsAlwaysValidIntervalIsWiderThanTheOneLookInterval() {
        // four groups of 100 with s² .25: se² = 4 × .25/100 = .01, se .1; estimate .5 - 0 = .5
        // I = 100, ρ = 1/.3² = 11.11: half-width √(111.11 · ln(111.11 / (11.11 · .05²))) / 100 = .30357
        // log M = ½ ln(11.11/111.11) + .5² · 100² / (2 · 111.11) = 10.0987, p = e^-10.0987
        DifferenceInDifferences did = new DifferenceInDifferences(20, 0.3, 0.05);

        EffectEstimate e = did.estimate(group(100, 0, 0.25), group(100, 0.5, 0.25), group(100, 0, 0.25),
                group(100, 0, 0.25));

        assertThat(e.estimate()).isCloseTo(0.5, within(1e-9));
        assertThat(e.standardError()).isCloseTo(0.1, within(1e-9));
        assertThat(e.low()).isCloseTo(0.5 - 0.1959964, within(1e-6));
        assertThat(e.anytimeLow()).isCloseTo(0.5 - 0.30357, within(1e-4));
        assertThat(e.anytimeHigh()).isCloseTo(0.5 + 0.30357, within(1e-4));
        assertThat(e.anytimePValue()).isCloseTo(Math.exp(-10.0987), within(1e-7));
        assertThat(e.significant()).isTrue();
        assertThat(e.direction()).isEqualTo(1);
        assertThat(e.confidence()).isGreaterThan(0.9999);
        assertThat(e.anytimeHigh() - e.anytimeLow()).isGreaterThan(e.high() - e.low());
    }

    @Test
    void whatMovedAtComparableStoresTooIsNotTheInitiativesEffect() {
        // everyone went up by .5: the store's change is the comparable stores' change, the effect is 0
        DifferenceInDifferences did = new DifferenceInDifferences(20, 0.3, 0.05);

        EffectEstimate e = did.estimate(group(100, 0, 0.25), group(100, 0.5, 0.25), group(400, 0.1, 0.25),
                group(400, 0.6, 0.25));

        assertThat(e.estimate()).isCloseTo(0.0, within(1e-9));
        assertThat(e.significant()).isFalse();
    }

    @Test
    void aNegativeEffectHasDirectionMinusOne() {
        DifferenceInDifferences did = new DifferenceInDifferences(20, 0.3, 0.05);

        EffectEstimate e = did.estimate(group(100, 0.4, 0.25), group(100, -0.2, 0.25), group(100, 0.4, 0.25),
                group(100, 0.4, 0.25));

        assertThat(e.estimate()).isCloseTo(-0.6, within(1e-9));
        assertThat(e.direction()).isEqualTo(-1);
    }

    @Test
    void nothingIsCalledBelowTheMinimumCountInAnyGroup() {
        DifferenceInDifferences did = new DifferenceInDifferences(20, 0.3, 0.05);

        EffectEstimate e = did.estimate(group(100, 0, 0.25), group(19, 0.9, 0.01), group(100, 0, 0.25),
                group(100, 0, 0.25));

        assertThat(e.anytimeLow()).isPositive();
        assertThat(e.enoughData()).isFalse();
        assertThat(e.significant()).isFalse();
        assertThat(e.confidence()).isZero();
    }

    @Test
    void aStricterFalseAlarmRateWidensTheAlwaysValidInterval() {
        EffectEstimate loose = new DifferenceInDifferences(20, 0.3, 0.05).estimate(group(100, 0, 0.25),
                group(100, 0.3, 0.25), group(100, 0, 0.25), group(100, 0, 0.25));
        EffectEstimate strict = new DifferenceInDifferences(20, 0.3, 0.01).estimate(group(100, 0, 0.25),
                group(100, 0.3, 0.25), group(100, 0, 0.25), group(100, 0, 0.25));

        assertThat(strict.anytimeLow()).isLessThan(loose.anytimeLow());
        assertThat(strict.low()).isEqualTo(loose.low());
        assertThat(strict.anytimePValue()).isEqualTo(loose.anytimePValue());
    }

    @Test
    void identicalScoresEverywhereDoNotMakeAnyDifferenceCertain() {
        DifferenceInDifferences did = new DifferenceInDifferences(2, 0.3, 0.05);

        EffectEstimate e = did.estimate(GroupStats.of(1, 1), GroupStats.of(1, 1), GroupStats.of(0, 0),
                GroupStats.of(0, 0));

        assertThat(e.estimate()).isZero();
        assertThat(e.standardError()).isPositive();
        assertThat(e.significant()).isFalse();
    }

    @Test
    void badParametersAreRefused() {
        assertThatThrownBy(() -> new DifferenceInDifferences(1, 0.3, 0.05)).hasMessageContaining("minCount");
        assertThatThrownBy(() -> new DifferenceInDifferences(20, 0, 0.05)).hasMessageContaining("expectedEffect");
        assertThatThrownBy(() -> new DifferenceInDifferences(20, 0.3, 1)).hasMessageContaining("alpha");
    }
}
