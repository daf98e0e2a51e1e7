package io.pullwatch.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.impact.OffBrandLexicon;
import io.pullwatch.core.impact.OfferSet;
import io.pullwatch.core.impact.RiskFlag;
import io.pullwatch.core.impact.RiskFlagger;
import io.pullwatch.core.validation.ContractRules;
import io.pullwatch.core.validation.ValidationLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImpactScenarioTest {

    private static final Instant START = Instant.parse("2025-03-02T12:00:00Z");
    private static final Instant NOW = START.plus(Duration.ofDays(2));

    @Test
    void sameSeedSameScenarioAndAnotherSeedOtherEvents() {
        assertThat(ImpactScenario.generate(7, START)).isEqualTo(ImpactScenario.generate(7, START));
        assertThat(ImpactScenario.generate(7, START).scenario().events())
                .isNotEqualTo(ImpactScenario.generate(8, START).scenario().events());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void eventsAreInOrderHonourTheirContractsAndHaveUniqueIds(long seed) {
        Scenario scenario = ImpactScenario.generate(seed, START).scenario();

        assertThat(scenario.events()).isSortedAccordingTo(ScenarioEvent.CHRONOLOGICAL);
        assertThat(scenario.events()).allSatisfy(e -> assertThat(switch (e.topic()) {
            case REVIEWS -> ContractRules.check(e.review(), ValidationLimits.DEFAULTS, NOW);
            case MENTIONS -> ContractRules.check(e.mention(), ValidationLimits.DEFAULTS, NOW);
            case INITIATIVES -> ContractRules.check(e.initiative(), ValidationLimits.DEFAULTS, NOW);
        }).as("%s", e.payload()).isEmpty());
        assertThat(scenario.events().stream().filter(e -> e.initiative() == null)
                .map(e -> e.review() != null ? e.review().id() : e.mention().id())).doesNotHaveDuplicates();
        assertThat(scenario.length()).isEqualTo(Duration.ofHours(32));
    }

    @Test
    void fourEffectsOfKnownDirectionAndFiveRiskBursts() {
        ImpactScenario impact = ImpactScenario.generate(7, START);

        assertThat(impact.effects()).extracting(PlantedEffect::initiativeId, PlantedEffect::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("init-nantes-cafe", PlantedEffect.Direction.POSITIVE),
                        org.assertj.core.groups.Tuple.tuple("init-marseille-nocturne", PlantedEffect.Direction.NEGATIVE),
                        org.assertj.core.groups.Tuple.tuple("init-toulouse-points", PlantedEffect.Direction.NONE),
                        org.assertj.core.groups.Tuple.tuple("init-rennes-students", PlantedEffect.Direction.NONE));
        assertThat(impact.effects()).allSatisfy(e -> {
            if (e.direction() == PlantedEffect.Direction.NONE) {
                assertThat(e.detectableAt()).isNull();
            } else {
                assertThat(e.detectableAt()).isBetween(e.onset(), e.onset().plus(Duration.ofHours(1)));
            }
            assertThat(e.events()).isGreaterThan(30);
        });
        assertThat(impact.risks()).extracting(PlantedRisk::risk).containsExactly(ImpactRisk.STOCK_AND_AVAILABILITY,
                ImpactRisk.PRICE_AND_MARGIN, ImpactRisk.OFFICIAL_COMMUNICATION, ImpactRisk.OFF_BRAND,
                ImpactRisk.PRIVATE_CHANNEL);
        assertThat(impact.risks()).allSatisfy(r -> {
            assertThat(r.events()).isEqualTo(12);
            assertThat(r.detectableAt()).isBetween(r.onset(), r.onset().plus(Duration.ofMinutes(30)));
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void everyPieceOfARiskBurstShowsItsRiskAsTheStageReadsIt(long seed) {
        ImpactScenario impact = ImpactScenario.generate(seed, START);
        RiskFlagger flagger = new RiskFlagger(OffBrandLexicon.fromClasspath());
        Map<String, Initiative> initiatives = impact.scenario().initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, i -> i));

        for (PlantedRisk risk : impact.risks()) {
            List<ScenarioEvent> burst = impact.scenario().events().stream()
                    .filter(e -> risk.id().equals(e.truth().waveId())).toList();
            OfferSet announced = impact.official().at(risk.storeId(), risk.onset())
                    .plus(OfferSet.statedBy(initiatives.get(risk.initiativeId())));
            assertThat(burst).hasSize(12).allSatisfy(e -> {
                Feedback feedback = e.review() != null ? Feedback.of(e.review()) : Feedback.of(e.mention());
                assertThat(flagger.flags(feedback, announced)).extracting(RiskFlag::risk).as(feedback.text())
                        .contains(risk.risk());
            });
        }
    }

    @Test
    void theComparableStoresRunNothingAndTheNoEffectStoresAreReviewedAsUsual() {
        ImpactScenario impact = ImpactScenario.generate(7, START);

        assertThat(impact.scenario().initiatives()).extracting(Initiative::storeId)
                .doesNotContainAnyElementsOf(ImpactStories.COMPARABLE_STORES);
        double usual = meanStars(impact, "paris-opera");
        double toulouseInPassing = impact.scenario().events().stream()
                .filter(e -> e.review() != null && "effect-none-toulouse-capitole".equals(e.truth().waveId()))
                .mapToDouble(e -> e.review().rating()).average().orElseThrow();
        assertThat(toulouseInPassing).isCloseTo(usual, org.assertj.core.data.Offset.offset(0.35));
    }

    @Test
    void theAnswerKeysReadingAndAnotherGiveTheirOwnDetectability() {
        ImpactScenario impact = ImpactScenario.generate(7, START);
        PlantedEffect praise = impact.effects().get(0);

        assertThat(EffectDetectability.detectableAt(impact.scenario(), praise, EffectDetectability.STARS))
                .isEqualTo(praise.detectableAt());
        assertThat(EffectDetectability.detectableAt(impact.scenario(), praise, e -> 0.0))
                .as("feedback read as all neutral shows no effect").isNull();
    }

    @Test
    void writtenAndReadBackAsAScenarioFile() throws IOException {
        Scenario scenario = ImpactScenario.generate(7, START).scenario();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ScenarioFiles.writeJsonl(scenario, out);

        assertThat(ScenarioFiles.readJsonl(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(scenario.events());
    }

    private static double meanStars(ImpactScenario impact, String store) {
        return impact.scenario().events().stream().filter(e -> e.review() != null
                && e.review().storeId().equals(store)).mapToDouble(e -> e.review().rating()).average().orElseThrow();
    }
}
