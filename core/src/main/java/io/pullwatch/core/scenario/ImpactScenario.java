package io.pullwatch.core.scenario;

import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.OfficialCommunication;
import io.pullwatch.core.scenario.PlantedEffect.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The impact scenario: 32 hours at twelve stores. A first day of ordinary reviews everywhere serves as the baseline;
 * then seven stores each start one initiative for six hours while five run none (the comparable stores):
 * <ul>
 * <li>a café partnership at Nantes that customers love (positive effect) and a late-night opening at Marseille
 *     that they hate (negative effect), for four hours: 36 reviews and 12 posts an hour of praise (a success: the
 *     store usually gets middling reviews), 24 and 8 of complaints;
 * <li>a double-points weekend at Toulouse and a student evening at Rennes that customers mention in passing,
 *     rating their visit as on any day (no effect);
 * <li>a flash sale at Bordeaux with three risk bursts (stock-outs, discounts beyond the -40% announced, a code
 *     the brand never announced), a DJ set at Strasbourg (off-brand content) and styling appointments at Lyon
 *     (customers given the stylist's private contact), each burst twelve pieces in half an hour.
 * </ul>
 * The answer key says when each effect and each risk became detectable. Everything follows from the seed and the
 * start.
 */
public record ImpactScenario(Scenario scenario, List<PlantedEffect> effects, List<PlantedRisk> risks,
        OfficialCommunication official) {

    public static final Duration LENGTH = Duration.ofHours(32);
    /** An ordinary store gets a review every four minutes on average. */
    private static final Duration REVIEW_GAP = Duration.ofMinutes(4);
    private static final Duration EFFECT_LENGTH = Duration.ofHours(4);
    private static final Duration BURST_LENGTH = Duration.ofMinutes(30);
    private static final int BURST_EVENTS = 12;
    private static final double FRENCH_SHARE = 0.6;

    public ImpactScenario {
        effects = List.copyOf(effects);
        risks = List.copyOf(risks);
    }

    public static ImpactScenario generate(long seed, Instant start) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Initiative> initiatives = ImpactStories.initiatives(start);
        Map<String, Initiative> byId = initiatives.stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        EventMaker maker = new EventMaker(rng, initiatives, Map.of());
        List<Slot> slots = new ArrayList<>();
        for (String store : ImpactStories.STORES) {
            arrivals(rng, start, start.plus(LENGTH), REVIEW_GAP)
                    .forEach(at -> slots.add(new Slot(at, true, store, null)));
        }
        Story praise = ImpactStories.praise(byId.get(ImpactStories.CAFE));
        Story complaints = ImpactStories.complaints(byId.get(ImpactStories.NOCTURNE));
        Story points = ImpactStories.inPassing("effect-none-" + ImpactStories.TOULOUSE,
                byId.get(ImpactStories.POINTS), ImpactStories.doublePoints());
        Story students = ImpactStories.inPassing("effect-none-" + ImpactStories.RENNES,
                byId.get(ImpactStories.STUDENTS), ImpactStories.studentEvening());
        plan(rng, slots, praise, praise.initiative().startsAt(), EFFECT_LENGTH, 36, 12);
        plan(rng, slots, complaints, complaints.initiative().startsAt(), EFFECT_LENGTH, 24, 8);
        plan(rng, slots, points, points.initiative().startsAt(), EFFECT_LENGTH, 20, 0);
        plan(rng, slots, students, students.initiative().startsAt(), EFFECT_LENGTH, 10, 0);
        Initiative flash = byId.get(ImpactStories.FLASH40);
        Initiative dj = byId.get(ImpactStories.DJ);
        Initiative styling = byId.get(ImpactStories.STYLING);
        for (var ordinary : List.of(
                ImpactStories.inPassing("about-" + flash.id(), flash, ImpactStories.flashSale()),
                ImpactStories.inPassing("about-" + dj.id(), dj, ImpactStories.djSet()),
                ImpactStories.inPassing("about-" + styling.id(), styling, ImpactStories.styling()))) {
            plan(rng, slots, ordinary, ordinary.initiative().startsAt(), ImpactStories.RUNS, 6, 0);
        }
        List<Burst> bursts = List.of(
                new Burst(ImpactRisk.STOCK_AND_AVAILABILITY, ImpactStories.risk("risk-stock-" + flash.storeId(),
                        flash, Polarity.NEGATIVE, ImpactStories.stockOuts(), ImpactStories.flashSale()),
                        Duration.ofHours(1)),
                new Burst(ImpactRisk.PRICE_AND_MARGIN, ImpactStories.risk("risk-price-" + flash.storeId(), flash,
                        Polarity.POSITIVE, ImpactStories.deepDiscounts(), ImpactStories.flashSale()),
                        Duration.ofHours(3)),
                new Burst(ImpactRisk.OFFICIAL_COMMUNICATION, ImpactStories.risk("risk-official-" + flash.storeId(),
                        flash, Polarity.NEGATIVE, ImpactStories.unannouncedCode(), null), Duration.ofMinutes(270)),
                new Burst(ImpactRisk.OFF_BRAND, ImpactStories.risk("risk-off-brand-" + dj.storeId(), dj,
                        Polarity.NEGATIVE, ImpactStories.offBrand(), ImpactStories.djSet()), Duration.ofMinutes(90)),
                new Burst(ImpactRisk.PRIVATE_CHANNEL, ImpactStories.risk("risk-private-" + styling.storeId(),
                        styling, null, ImpactStories.privateChannel(), ImpactStories.styling()), Duration.ofHours(2)));
        for (Burst burst : bursts) {
            Instant onset = burst.story().initiative().startsAt().plus(burst.after());
            for (int i = 0; i < BURST_EVENTS; i++) {
                Instant at = onset.plusMillis(rng.nextLong(BURST_LENGTH.toMillis()));
                slots.add(new Slot(at, i % 2 == 0, burst.story().initiative().storeId(), burst.story()));
            }
        }
        slots.sort(Comparator.comparing(Slot::at));

        List<ScenarioEvent> events = new ArrayList<>();
        initiatives.forEach(i -> events.add(ScenarioEvent.of(start, i)));
        Writer writer = new Writer(rng, maker);
        for (Slot slot : slots) {
            events.add(writer.make(slot));
        }
        events.sort(ScenarioEvent.CHRONOLOGICAL);
        Scenario scenario = new Scenario(initiatives, events, List.of(), start, LENGTH);

        List<PlantedEffect> effects = List.of(
                effect(praise, Direction.POSITIVE, scenario),
                effect(complaints, Direction.NEGATIVE, scenario),
                effect(points, Direction.NONE, scenario),
                effect(students, Direction.NONE, scenario));
        int minCount = ImpactSettings.defaults().riskMinCount();
        List<PlantedRisk> risks = bursts.stream().map(burst -> {
            List<Instant> times = events.stream().filter(e -> burst.story().id().equals(e.truth().waveId()))
                    .map(ScenarioEvent::at).sorted().toList();
            return new PlantedRisk(burst.story().id(), burst.risk(), burst.story().initiative().id(),
                    burst.story().initiative().storeId(), times.get(0), times.get(minCount - 1), times.size());
        }).toList();
        return new ImpactScenario(scenario, effects, risks, ImpactStories.official(start));
    }

    private record Slot(Instant at, boolean review, String storeId, Story story) {}

    private record Burst(ImpactRisk risk, Story story, Duration after) {}

    /** The planted effect, detectable when the answer key's reading ({@link EffectDetectability#STARS}) says. */
    private static PlantedEffect effect(Story story, Direction direction, Scenario scenario) {
        Initiative initiative = story.initiative();
        int count = (int) scenario.events().stream().filter(e -> story.id().equals(e.truth().waveId())).count();
        PlantedEffect effect = new PlantedEffect(initiative.id(), initiative.storeId(), direction,
                initiative.startsAt(), initiative.startsAt().plus(EFFECT_LENGTH), null, count);
        return effect.detectableAt(EffectDetectability.detectableAt(scenario, effect, EffectDetectability.STARS));
    }

    /** Reviews and posts of a story at the given hourly rates, as Poisson arrivals over {@code length}. */
    private static void plan(SplittableRandom rng, List<Slot> slots, Story story, Instant from, Duration length,
            int reviewsPerHour, int postsPerHour) {
        Instant until = from.plus(length);
        String store = story.initiative().storeId();
        arrivals(rng, from, until, Duration.ofMillis(3_600_000L / reviewsPerHour))
                .forEach(at -> slots.add(new Slot(at, true, store, story)));
        if (postsPerHour > 0) {
            arrivals(rng, from, until, Duration.ofMillis(3_600_000L / postsPerHour))
                    .forEach(at -> slots.add(new Slot(at, false, store, story)));
        }
    }

    /** A Poisson process from {@code from} to {@code until}: exponential gaps (StrictMath: the same on every JVM). */
    private static List<Instant> arrivals(SplittableRandom rng, Instant from, Instant until, Duration meanGap) {
        List<Instant> times = new ArrayList<>();
        double mean = meanGap.toMillis();
        long span = Duration.between(from, until).toMillis();
        for (double t = -mean * StrictMath.log(1 - rng.nextDouble()); t < span;
                t += -mean * StrictMath.log(1 - rng.nextDouble())) {
            times.add(from.plusMillis((long) t));
        }
        return times;
    }

    /** Writes each planned piece of feedback: its text, stars and language. */
    private record Writer(SplittableRandom rng, EventMaker maker) {

        ScenarioEvent make(Slot slot) {
            String language = maker.language(FRENCH_SHARE);
            Story story = slot.story();
            int rating = story == null || story.tone() == null ? ordinaryRating(slot.storeId())
                    : story.tone() == Polarity.POSITIVE ? (rng.nextInt(4) == 0 ? 4 : 5) : (rng.nextInt(5) < 3 ? 1 : 2);
            if (slot.review()) {
                String text = story == null ? BackgroundTexts.reviewText(rng, language, rating) : text(story, language,
                        rating, true);
                Review review = maker.review(slot.at(), slot.storeId(), rating, language,
                        BackgroundTexts.reviewTitle(rng, language, rating), text);
                GroundTruth truth = story == null ? GroundTruth.CHATTER : story.truth();
                return ScenarioEvent.of(review, truth);
            }
            Mention mention = maker.mention(slot.at(), language, text(story, language, rating, false),
                    slot.storeId(), null, null);
            return ScenarioEvent.of(mention, story.truth());
        }

        /**
         * What an ordinary visit is rated. Nantes is a store with middling reviews (its customers give three stars
         * more often than five), so that the café's praise stands out; elsewhere, an ordinary day is mostly content.
         */
        private int ordinaryRating(String storeId) {
            if (!ImpactStories.NANTES.equals(storeId)) {
                return maker.backgroundRating();
            }
            double r = rng.nextDouble();
            return r < 0.12 ? 1 : r < 0.30 ? 2 : r < 0.62 ? 3 : r < 0.85 ? 4 : 5;
        }

        /**
         * The opening (a risk's expression) if any, then the naming sentence for the named share, then what the
         * visit was like: the story's own sentences, or for a story told in passing an ordinary review of its stars.
         */
        private String text(Story story, String language, int rating, boolean review) {
            List<String> sentences = new ArrayList<>();
            if (story.opening() != null) {
                sentences.add(story.opening().pick(rng, language));
            }
            if (story.naming() != null && rng.nextDouble() < story.namedShare()) {
                sentences.add(story.naming().pick(rng, language));
            }
            if (story.context() != null) {
                sentences.addAll(story.context().pickDistinct(rng, language, review ? 1 + rng.nextInt(2) : 1));
            } else if (story.tone() == null && story.opening() == null && review) {
                sentences.add(BackgroundTexts.reviewText(rng, language, rating));
            }
            return String.join(" ", sentences);
        }
    }
}
