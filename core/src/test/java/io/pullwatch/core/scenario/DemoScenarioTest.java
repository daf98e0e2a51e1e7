package io.pullwatch.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.text.TextNormalizer;
import io.pullwatch.core.validation.ContractRules;
import io.pullwatch.core.validation.ValidationLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoScenarioTest {

    private static final Instant START = Instant.parse("2025-03-01T14:00:00Z");
    private static final Instant NOW = START.plus(Duration.ofHours(3));

    @Test
    void sameSeedAndStartGiveTheSameScenario() {
        assertThat(DemoScenario.generate(42, START)).isEqualTo(DemoScenario.generate(42, START));
    }

    @Test
    void anotherSeedGivesOtherEvents() {
        assertThat(DemoScenario.generate(42, START).events()).isNotEqualTo(DemoScenario.generate(43, START).events());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2025, -99})
    void eventsAreInTimeOrderWithinTheScenarioAndInitiativesComeFirst(long seed) {
        Scenario scenario = DemoScenario.generate(seed, START);

        assertThat(scenario.events()).isSortedAccordingTo(ScenarioEvent.CHRONOLOGICAL);
        assertThat(scenario.events().subList(0, 4)).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo(ScenarioTopic.INITIATIVES);
            assertThat(e.at()).isEqualTo(START);
        });
        Instant end = START.plus(scenario.length());
        assertThat(scenario.events()).allSatisfy(e -> assertThat(e.at()).isBetween(START, end));
        assertThat(scenario.length()).isEqualTo(Duration.ofHours(2));
        assertThat(scenario.initiatives()).extracting(i -> i.id()).containsExactly(
                "init-flash30", "init-jf-chat", "init-dupont-bakery", "init-repair-corner");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2025, -99})
    void everyEventHonoursItsContract(long seed) {
        assertThat(DemoScenario.generate(seed, START).events()).allSatisfy(e ->
                assertThat(violation(e)).as("%s", e.payload()).isEmpty());
    }

    @Test
    void idsAreUniqueAndFollowUpsAnswerEarlierPostsOfTheSameStory() {
        Scenario scenario = DemoScenario.generate(42, START);
        List<String> ids = scenario.events().stream().filter(e -> e.initiative() == null)
                .map(DemoScenarioTest::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).filteredOn(id -> id.startsWith("scn-")).allMatch(id -> id.matches("scn-[rm]-\\d{6}"));

        Map<String, ScenarioEvent> seen = new HashMap<>();
        List<ScenarioEvent> followUps = new ArrayList<>();
        for (ScenarioEvent e : scenario.events()) {
            if (e.mention() != null && e.mention().parentId() != null) {
                followUps.add(e);
                ScenarioEvent parent = seen.get(e.mention().parentId());
                assertThat(parent).as("parent of %s posted before it", id(e)).isNotNull();
                assertThat(e.truth()).isEqualTo(parent.truth());
            }
            seen.put(id(e), e);
        }
        assertThat(followUps).extracting(e -> e.mention().relation()).hasSizeGreaterThan(20).doesNotContainNull();
    }

    @org.junit.jupiter.api.Test
    void theRepairCornerIsRetiredMidwayAndNothingAfterwardsBelongsToIt() {
        Scenario scenario = DemoScenario.generate(42, START);
        Instant retiredAt = START.plus(DemoScenario.REPAIR_CORNER_RETIRES_AFTER);

        assertThat(scenario.events()).filteredOn(e -> e.initiative() != null
                        && e.initiative().id().equals(DemoInitiatives.REPAIR_CORNER))
                .extracting(ScenarioEvent::at, e -> e.initiative().status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(START, io.pullwatch.core.event.InitiativeStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(retiredAt, io.pullwatch.core.event.InitiativeStatus.RETIRED));
        assertThat(scenario.events()).filteredOn(e -> e.initiative() == null && !e.at().isBefore(retiredAt))
                .noneMatch(e -> DemoInitiatives.REPAIR_CORNER.equals(e.truth().initiativeId()));
        assertThat(scenario.events()).filteredOn(e -> e.initiative() == null && e.at().isBefore(retiredAt))
                .anyMatch(e -> DemoInitiatives.REPAIR_CORNER.equals(e.truth().initiativeId()));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2025, -99})
    void wavesAreDenseOneSidedAndAboutTheirInitiative(long seed) {
        Scenario scenario = DemoScenario.generate(seed, START);
        assertThat(scenario.waves()).extracting(Wave::id).containsExactly("wave-neg-flash30", "wave-pos-jf-chat");

        for (Wave wave : scenario.waves()) {
            List<ScenarioEvent> events = scenario.events().stream()
                    .filter(e -> wave.id().equals(e.truth().waveId())).toList();
            assertThat(events).hasSize(wave.eventCount());
            assertThat(events).allSatisfy(e -> {
                assertThat(e.at()).isBetween(wave.start(), wave.end());
                assertThat(e.truth()).isEqualTo(new GroundTruth(wave.id(), wave.polarity(), wave.initiativeId()));
                String store = e.review() != null ? e.review().storeId() : e.mention().storeHint();
                assertThat(store).isEqualTo(wave.storeId());
            });
            Map<Long, Long> perMinute = events.stream().collect(Collectors.groupingBy(
                    e -> Duration.between(START, e.at()).toMinutes(), Collectors.counting()));
            assertThat(perMinute.values()).as("events per minute of %s", wave.id())
                    .anySatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(10L));
            assertThat(events.stream().map(ScenarioEvent::review).filter(Objects::nonNull).map(Review::language))
                    .contains("en", "fr");
        }

        Wave negative = scenario.waves().get(0);
        assertThat(negative).extracting(Wave::polarity, Wave::storeId, Wave::initiativeId)
                .containsExactly(Polarity.NEGATIVE, "lille-centre", "init-flash30");
        assertThat(negative.start()).isEqualTo(START.plus(Duration.ofMinutes(25)));
        assertThat(negative.end()).isEqualTo(START.plus(Duration.ofMinutes(33)));
        assertThat(waveReviews(scenario, negative)).hasSizeBetween(60, 80)
                .allSatisfy(r -> assertThat(r.rating()).isBetween(1.0, 2.0));
        assertThat(waveMentions(scenario, negative)).hasSizeBetween(32, 48);

        Wave positive = scenario.waves().get(1);
        assertThat(positive).extracting(Wave::polarity, Wave::storeId, Wave::initiativeId)
                .containsExactly(Polarity.POSITIVE, "lyon-part-dieu", "init-jf-chat");
        assertThat(positive.start()).isEqualTo(START.plus(Duration.ofMinutes(55)));
        assertThat(waveReviews(scenario, positive)).hasSizeBetween(50, 70)
                .allSatisfy(r -> assertThat(r.rating()).isEqualTo(5.0));
        assertThat(waveMentions(scenario, positive)).hasSizeBetween(24, 36);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2025, -99})
    void aboutHalfTheAngryPostsCiteTheCodeAndMostHappyOnesNameTheAdvisor(long seed) {
        Scenario scenario = DemoScenario.generate(seed, START);
        double citingCode = shareNaming(scenario, "wave-neg-flash30", Set.of("flash30"));
        double namingJf = shareNaming(scenario, "wave-pos-jf-chat", Set.of("jf", "jean", "askjf"));

        assertThat(citingCode).isBetween(0.3, 0.7);
        assertThat(namingJf).isBetween(0.45, 0.85);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2025, -99})
    void backgroundIsOrdinary(long seed) {
        Scenario scenario = DemoScenario.generate(seed, START);
        List<ScenarioEvent> background = scenario.events().stream()
                .filter(e -> e.topic() != ScenarioTopic.INITIATIVES && !e.truth().inWave()).toList();
        List<Review> reviews = background.stream().map(ScenarioEvent::review).filter(Objects::nonNull).toList();
        List<Mention> mentions = background.stream().map(ScenarioEvent::mention).filter(Objects::nonNull).toList();

        // One review per store every 3 minutes and 2 mentions a minute over 2 hours: about 120 and 240.
        assertThat(reviews).hasSizeBetween(80, 160);
        assertThat(mentions).hasSizeBetween(190, 290);
        assertThat(reviews.stream().collect(Collectors.groupingBy(Review::storeId, Collectors.counting())))
                .containsOnlyKeys("paris-rivoli", "lyon-part-dieu", "lille-centre");
        assertThat(reviews).filteredOn(r -> r.rating() <= 2).hasSizeBetween(3, reviews.size() / 3);
        assertThat(mentions).filteredOn(m -> m.storeHint() != null).hasSizeBetween(mentions.size() / 3,
                mentions.size() * 2 / 3);
        assertThat(background).filteredOn(e -> e.truth().polarity() != null).isEmpty();
        long aboutInitiatives = background.stream().filter(e -> e.truth().initiativeId() != null).count();
        assertThat(aboutInitiatives).isBetween(background.size() / 25L, background.size() / 5L);
        assertThat(mostNegativeReviewsOfOneStoreInOneMinute(reviews)).isLessThan(5);
    }

    @Test
    void bothLanguagesAndAllPlatformsAppear() {
        Scenario scenario = DemoScenario.generate(42, START);
        List<Review> reviews = all(scenario, ScenarioEvent::review);
        List<Mention> mentions = all(scenario, ScenarioEvent::mention);

        assertThat(reviews).extracting(Review::language).containsOnly("en", "fr");
        assertThat(mentions).extracting(Mention::language).containsOnly("en", "fr");
        assertThat(reviews).extracting(Review::platform).containsOnly("google", "tripadvisor", "website");
        assertThat(mentions).extracting(Mention::platform).containsOnly("twitter", "instagram", "facebook");
        assertThat(mentions).extracting(Mention::authorFollowers)
                .allSatisfy(followers -> assertThat(followers).isBetween(10L, 50_000L));
        assertThat(reviews).extracting(Review::authorId).allMatch(a -> a.matches("u-[0-9a-f]{6}"));
        assertThat(mentions).filteredOn(m -> !m.hashtags().isEmpty()).isNotEmpty();
    }

    @Test
    void textsAreVaried() {
        Scenario scenario = DemoScenario.generate(42, START);
        List<String> texts = all(scenario, ScenarioEvent::review).stream().map(Review::text).toList();

        assertThat(new HashSet<>(texts)).hasSizeGreaterThan(texts.size() / 2);
    }

    private static Optional<Rejection> violation(ScenarioEvent e) {
        return switch (e.topic()) {
            case REVIEWS -> ContractRules.check(e.review(), ValidationLimits.DEFAULTS, NOW);
            case MENTIONS -> ContractRules.check(e.mention(), ValidationLimits.DEFAULTS, NOW);
            case INITIATIVES -> ContractRules.check(e.initiative(), ValidationLimits.DEFAULTS, NOW);
        };
    }

    private static String id(ScenarioEvent e) {
        return switch (e.topic()) {
            case REVIEWS -> e.review().id();
            case MENTIONS -> e.mention().id();
            case INITIATIVES -> e.initiative().id();
        };
    }

    private static <T> List<T> all(Scenario scenario, Function<ScenarioEvent, T> payload) {
        return scenario.events().stream().map(payload).filter(Objects::nonNull).toList();
    }

    private static List<Review> waveReviews(Scenario scenario, Wave wave) {
        return inWave(scenario, wave.id(), ScenarioEvent::review);
    }

    private static List<Mention> waveMentions(Scenario scenario, Wave wave) {
        return inWave(scenario, wave.id(), ScenarioEvent::mention);
    }

    private static <T> List<T> inWave(Scenario scenario, String waveId, Function<ScenarioEvent, T> payload) {
        return scenario.events().stream().filter(e -> waveId.equals(e.truth().waveId())).map(payload)
                .filter(Objects::nonNull).toList();
    }

    private static double shareNaming(Scenario scenario, String waveId, Collection<String> tokens) {
        List<String> texts = scenario.events().stream().filter(e -> waveId.equals(e.truth().waveId()))
                .map(e -> e.review() != null ? e.review().text() : e.mention().text()).toList();
        long naming = texts.stream().filter(t -> TextNormalizer.tokens(t).stream().anyMatch(tokens::contains)).count();
        return (double) naming / texts.size();
    }

    /** The largest number of reviews rated 1 or 2 for one store within any 60-second stretch. */
    private static int mostNegativeReviewsOfOneStoreInOneMinute(List<Review> reviews) {
        Map<String, List<Instant>> negativeByStore = reviews.stream().filter(r -> r.rating() <= 2)
                .collect(Collectors.groupingBy(Review::storeId,
                        Collectors.mapping(Review::createdAt, Collectors.toList())));
        int most = 0;
        for (List<Instant> times : negativeByStore.values()) {
            for (Instant from : times) {
                Instant to = from.plus(Duration.ofMinutes(1));
                most = Math.max(most, (int) times.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count());
            }
        }
        return most;
    }
}
