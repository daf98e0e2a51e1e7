package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.detection.Scopes;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeedbackSimulatorTest {

    private static SimulatedStream week;

    @BeforeAll
    static void simulateAWeek() {
        week = FeedbackSimulator.generate(SimulationSettings.defaults(11, 7));
    }

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        SimulationSettings settings = SimulationSettings.defaults(5, 2);
        SimulatedStream one = FeedbackSimulator.generate(settings);
        SimulatedStream again = FeedbackSimulator.generate(settings);
        SimulatedStream other = FeedbackSimulator.generate(SimulationSettings.defaults(6, 2));

        assertThat(again.events()).isEqualTo(one.events());
        assertThat(again.truth()).isEqualTo(one.truth());
        assertThat(other.events()).isNotEqualTo(one.events());
        assertThat(one.events()).isSortedAccordingTo(SimulatedEvent.CHRONOLOGICAL);
        assertThat(one.events()).allSatisfy(e -> assertThat(e.at()).isBetween(settings.start(), settings.end()));
    }

    @Test
    void idsAreUniqueAndRepliesAndResharesPointBackToEarlierPosts() {
        Map<String, Instant> posted = new HashMap<>();
        for (SimulatedEvent event : week.events()) {
            String id = event.review() != null ? event.review().id() : event.mention().id();
            assertThat(posted.put(id, event.at())).as("id %s", id).isNull();
            Mention mention = event.mention();
            if (mention != null && mention.parentId() != null) {
                assertThat(mention.relation()).isIn(Relation.REPLY, Relation.RESHARE);
                assertThat(posted.get(mention.parentId())).as("parent of %s", id).isNotNull()
                        .isBeforeOrEqualTo(event.at());
            }
        }
    }

    @Test
    void backgroundFollowsADailyCycleQuietAtNightBusyInTheAfternoon() {
        long night = 0;
        long afternoon = 0;
        for (SimulatedEvent event : background()) {
            int hour = event.at().atZone(ZoneOffset.UTC).getHour();
            night += hour >= 2 && hour < 5 ? 1 : 0;
            afternoon += hour >= 15 && hour < 18 ? 1 : 0;
        }
        assertThat(afternoon).isGreaterThan(10 * night);
        assertThat(night).isPositive();
    }

    @Test
    void backgroundCountsAreOverdispersed() {
        // Hourly counts of the brand during the busy hours of the weekdays: Poisson would give variance ≈ mean.
        Map<Long, Long> perHour = background().stream()
                .filter(e -> e.mention() != null && e.mention().storeHint() == null && e.mention().parentId() == null)
                .filter(e -> e.at().atZone(ZoneOffset.UTC).getHour() == 16)
                .collect(Collectors.groupingBy(e -> e.at().getEpochSecond() / 3600, Collectors.counting()));
        double mean = perHour.values().stream().mapToLong(Long::longValue).average().orElseThrow();
        double variance = perHour.values().stream().mapToDouble(c -> (c - mean) * (c - mean)).sum() / perHour.size();
        assertThat(variance).isGreaterThan(1.5 * mean);
    }

    @Test
    void wavesComeAfterTheWarmUpInEveryMultiplierAndSpeedWithTheirPolarity() {
        SimulationTruth truth = week.truth();
        assertThat(truth.waves()).hasSize(36);
        assertThat(truth.waves()).allSatisfy(w -> assertThat(w.start()).isAfterOrEqualTo(truth.scoredFrom()));
        assertThat(truth.waves().stream().map(TruthWave::multiplier).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(FeedbackSimulator.MULTIPLIERS);
        assertThat(truth.waves().stream().map(TruthWave::speed).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(WaveSpeed.values());
        assertThat(truth.waves()).allSatisfy(w -> assertThat(Duration.between(w.start(), w.end()))
                .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(w.scope().equals(Scopes.BRAND) ? 90 : 180)));
        Map<String, Long> perWave = week.events().stream().filter(e -> e.waveId() != null)
                .collect(Collectors.groupingBy(SimulatedEvent::waveId, Collectors.counting()));
        for (TruthWave wave : truth.waves()) {
            assertThat(perWave.getOrDefault(wave.id(), 0L)).isEqualTo(wave.extraEvents());
            assertThat(week.events().stream().filter(e -> wave.id().equals(e.waveId())))
                    .allSatisfy(e -> assertThat(e.at()).isBetween(wave.start(), wave.end()));
        }
    }

    /**
     * Measured from the stream: for each multiplier, the scopes' volume during the full-rate part of their waves,
     * over the seasonal baseline expected there, is the multiplier (pooled over waves and three seeds, so that the
     * noise averages out).
     */
    @Test
    void theVolumeDuringAWaveIsItsMultiplierTimesTheBaseline() {
        Map<Double, double[]> pooled = new HashMap<>(); // multiplier → {observed, expected}
        for (long seed : List.of(11L, 22L, 23L)) {
            SimulatedStream stream = seed == 11 ? week
                    : FeedbackSimulator.generate(SimulationSettings.defaults(seed, 7));
            Map<String, Double> rates = stream.truth().scopes().stream()
                    .collect(Collectors.toMap(ScopeRate::scope, ScopeRate::meanPerMinute));
            for (TruthWave wave : stream.truth().waves()) {
                Instant from = wave.start().plus(wave.speed().ramp());
                long observed = stream.events().stream()
                        .filter(e -> e.cascadeRootId() == null && countsIn(e, wave.scope()))
                        .filter(e -> !e.at().isBefore(from) && e.at().isBefore(wave.end())).count();
                double expected = 0;
                for (Instant at = from.plusSeconds(30); at.isBefore(wave.end()); at = at.plusSeconds(60)) {
                    expected += rates.get(wave.scope()) * ActivityProfile.at(at);
                }
                double[] sums = pooled.computeIfAbsent(wave.multiplier(), m -> new double[2]);
                sums[0] += observed;
                sums[1] += expected;
            }
        }
        pooled.forEach((multiplier, sums) -> assertThat(sums[0] / sums[1]).as("%s×", multiplier)
                .isCloseTo(multiplier, within(0.2 * multiplier)));
    }

    @Test
    void cascadesAreSelfExcitingMostDieOutAndSomeGoViral() {
        List<TruthCascade> cascades = week.truth().cascades();
        assertThat(cascades).hasSize(84);
        List<Integer> sizes = cascades.stream().map(TruthCascade::finalSize).sorted().toList();
        assertThat(sizes.get(sizes.size() / 2)).isLessThan(10);
        assertThat(sizes.get(sizes.size() - 1)).isGreaterThanOrEqualTo(1000);
        Map<String, Long> counted = week.events().stream().filter(e -> e.cascadeRootId() != null)
                .collect(Collectors.groupingBy(SimulatedEvent::cascadeRootId, Collectors.counting()));
        for (TruthCascade cascade : cascades) {
            assertThat(counted.get(cascade.rootId())).isEqualTo(cascade.finalSize());
            assertThat(cascade.branchingRatio()).isLessThan(1);
        }
        // Reshares carry the root's text and store, and name the root as their parent, as platforms do.
        TruthCascade viral = cascades.stream().max((a, b) -> a.finalSize() - b.finalSize()).orElseThrow();
        assertThat(week.events().stream().filter(e -> viral.rootId().equals(e.cascadeRootId()))
                .filter(e -> !e.mention().id().equals(viral.rootId())))
                .allSatisfy(e -> {
                    assertThat(e.mention().relation()).isEqualTo(Relation.RESHARE);
                    assertThat(e.mention().parentId()).isEqualTo(viral.rootId());
                    assertThat(e.mention().text()).startsWith("RT @");
                    assertThat(scopeOf(e)).isEqualTo(viral.scope());
                });
    }

    @Test
    void refusesSettingsThatLeaveNothingToScore() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SimulationSettings.defaults(1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    }

    private static List<SimulatedEvent> background() {
        return week.events().stream().filter(e -> e.waveId() == null && e.cascadeRootId() == null).toList();
    }

    /** The brand's scope is all feedback, as the pipeline counts it; a store's, its own. */
    private static boolean countsIn(SimulatedEvent event, String scope) {
        return scope.equals(Scopes.BRAND) || scopeOf(event).equals(scope);
    }

    private static String scopeOf(SimulatedEvent event) {
        String store = event.review() != null ? event.review().storeId() : event.mention().storeHint();
        return store == null ? Scopes.BRAND : Scopes.STORE_PREFIX + store;
    }
}
