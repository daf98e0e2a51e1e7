package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.detection.CascadeForecast.Forecast;
import io.pullwatch.core.detection.CascadeForecast.Share;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CascadeForecastTest {

    @Test
    void theKernelIsFlatForFiveMinutesThenAPowerLawAndIntegratesToAboutOne() {
        assertThat(CascadeForecast.kernel(10)).isEqualTo(6.27e-4);
        assertThat(CascadeForecast.kernel(600)).isEqualTo(6.27e-4 * Math.pow(2, -1.242), within(1e-12));
        assertThat(CascadeForecast.kernelMass(300)).isEqualTo(6.27e-4 * 300, within(1e-12));
        assertThat(CascadeForecast.kernelMass(3600)).isEqualTo(
                6.27e-4 * 300 + 6.27e-4 * 300 / 0.242 * (1 - Math.pow(12, -0.242)), within(1e-12));
        assertThat(CascadeForecast.kernelMass(1e30)).isEqualTo(6.27e-4 * 300 * (1 + 1 / 0.242), within(1e-6))
                .isBetween(0.95, 1.0);
    }

    @Test
    void theWeightedMassMatchesNumericalIntegration() {
        double elapsed = 2_000;
        double slope = 1.0 / 900;
        double numeric = 0;
        int steps = 200_000;
        double from = elapsed - 900;
        double step = 900.0 / steps;
        for (int i = 0; i < steps; i++) {
            double u = from + (i + 0.5) * step;
            numeric += (1 - slope * (elapsed - u)) * CascadeForecast.kernel(u) * step;
        }

        assertThat(CascadeForecast.weightedKernelMass(elapsed, slope)).isEqualTo(numeric, within(1e-6));
    }

    /**
     * A cascade simulated from the model itself (every post's followers exposed with φ, each exposure reshared with
     * probability p) is predicted close to its true final size after one hour.
     */
    @Test
    void recoversTheFinalSizeOfACascadeDrawnFromItsOwnModel() {
        double p = 0.004; // p × n* = 0.4: subcritical
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        List<Share> cascade = new ArrayList<>();
        cascade.add(new Share(0, 200_000));
        for (int next = 0; next < cascade.size() && cascade.size() < 200_000; next++) {
            Share parent = cascade.get(next);
            long followers = parent.followers();
            long reshares = poisson(rng, p * followers);
            for (int k = 0; k < reshares; k++) {
                cascade.add(new Share(parent.seconds() + reactionTime(rng), 100));
            }
        }
        cascade.sort(java.util.Comparator.comparingDouble(Share::seconds));
        int finalReshares = cascade.size() - 1;

        Forecast atOneHour = CascadeForecast.at(cascade, Duration.ofHours(1));

        assertThat(atOneHour.resharesSoFar()).isLessThan(finalReshares);
        assertThat(Math.abs(atOneHour.predicted() - finalReshares) / finalReshares).isLessThan(0.2);
        assertThat(atOneHour.low()).isLessThanOrEqualTo(atOneHour.predicted());
        assertThat(atOneHour.high()).isGreaterThanOrEqualTo(atOneHour.predicted());
    }

    @Test
    void aSupercriticalPostHasNoFiniteForecast() {
        List<Share> cascade = new ArrayList<>();
        cascade.add(new Share(0, 10));
        for (int i = 1; i <= 50; i++) {
            cascade.add(new Share(i, 10));
        }

        assertThat(CascadeForecast.at(cascade, Duration.ofMinutes(1)).isSupercritical()).isTrue();
    }

    @Test
    void aPostNobodyResharedStaysAtZero() {
        Forecast forecast = CascadeForecast.at(List.of(new Share(0, 500)), Duration.ofMinutes(30));

        assertThat(forecast.predicted()).isZero();
        assertThat(forecast.infectiousness()).isZero();
    }

    private static long poisson(java.util.SplittableRandom rng, double mean) {
        long k = 0;
        double l = Math.exp(-mean);
        double product = rng.nextDouble();
        while (product > l) {
            k++;
            product *= rng.nextDouble();
        }
        return k;
    }

    /** Inverse-CDF sample of φ (normalised to integrate to one). */
    private static double reactionTime(java.util.SplittableRandom rng) {
        double total = CascadeForecast.kernelMass(Double.MAX_VALUE / 4);
        double target = rng.nextDouble() * total;
        double flat = CascadeForecast.C * CascadeForecast.S0;
        if (target <= flat) {
            return target / CascadeForecast.C;
        }
        double tail = 1 - (target - flat) * CascadeForecast.THETA / (CascadeForecast.C * CascadeForecast.S0);
        return CascadeForecast.S0 * Math.pow(tail, -1 / CascadeForecast.THETA);
    }
}
