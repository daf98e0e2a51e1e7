package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Polarity;
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
 * The demo: two hours at three stores running four staff initiatives. Ordinary reviews and posts throughout, a
 * negative wave about the Lille flash sale (minutes 25 to 33) and a positive wave about the WhatsApp advice at
 * Part-Dieu (minutes 55 to 63). Everything follows from the seed and the start, never from the wall clock, so that a
 * run can be replayed and scored again.
 */
public final class DemoScenario {

    public static final Duration LENGTH = Duration.ofHours(2);
    /** A living but quiet baseline: one review per store every three minutes, two brand mentions a minute. */
    private static final Duration REVIEW_GAP = Duration.ofMinutes(3);
    private static final Duration MENTION_GAP = Duration.ofSeconds(30);
    /** The repair corner is called off mid-scenario: its changelog gets a retired version at that moment. */
    static final Duration REPAIR_CORNER_RETIRES_AFTER = Duration.ofMinutes(70);

    private DemoScenario() {}

    public static Scenario generate(long seed, Instant start) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Initiative> initiatives = DemoInitiatives.all(start);
        List<WavePlan> waves = wavePlans(initiatives);
        Instant repairCornerRetires = start.plus(REPAIR_CORNER_RETIRES_AFTER);
        EventMaker maker = new EventMaker(rng, initiatives, Map.of(DemoInitiatives.REPAIR_CORNER, repairCornerRetires));
        List<ScenarioEvent> events = new ArrayList<>();
        initiatives.forEach(initiative -> events.add(ScenarioEvent.of(start, initiative)));
        initiatives.stream().filter(i -> i.id().equals(DemoInitiatives.REPAIR_CORNER)).findFirst()
                .ifPresent(i -> events.add(ScenarioEvent.of(repairCornerRetires, DemoInitiatives.retired(i))));
        plan(rng, start, waves).forEach(slot -> events.add(slot.make(maker)));
        events.sort(ScenarioEvent.CHRONOLOGICAL);
        Map<String, Long> perWave = events.stream().filter(e -> e.truth().inWave())
                .collect(Collectors.groupingBy(e -> e.truth().waveId(), Collectors.counting()));
        List<Wave> planted = waves.stream()
                .map(w -> w.toWave(start, perWave.getOrDefault(w.id(), 0L).intValue())).toList();
        return new Scenario(initiatives, events, planted, start, LENGTH);
    }

    /**
     * Both waves ramp up within two minutes, hold well above ten reviews a minute for three or four minutes, then
     * fade: a burst, not a step. About half the angry posts cite the code; most of the happy ones name the advisor.
     */
    private static List<WavePlan> wavePlans(List<Initiative> initiatives) {
        Map<String, Initiative> byId =
                initiatives.stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
        return List.of(
                new WavePlan("wave-neg-flash30", Polarity.NEGATIVE, byId.get(DemoInitiatives.FLASH30), 25,
                        List.of(4, 9, 13, 14, 13, 8, 6, 3), List.of(2, 4, 7, 8, 7, 5, 4, 3),
                        WaveTexts.FLASH_SALE_GONE_WRONG, 0.5),
                new WavePlan("wave-pos-jf-chat", Polarity.POSITIVE, byId.get(DemoInitiatives.JF_CHAT), 55,
                        List.of(2, 6, 11, 12, 11, 9, 6, 3), List.of(1, 3, 5, 6, 6, 4, 3, 2),
                        WaveTexts.CHAT_PRAISE, 0.65));
    }

    /** When each event happens, in time order, so that the maker numbers them and threads replies in that order. */
    private static List<Slot> plan(SplittableRandom rng, Instant start, List<WavePlan> waves) {
        List<Slot> slots = new ArrayList<>();
        for (String store : DemoInitiatives.STORES) {
            arrivals(rng, start, REVIEW_GAP).forEach(at -> slots.add(new Slot(at, ScenarioTopic.REVIEWS, store, null)));
        }
        arrivals(rng, start, MENTION_GAP).forEach(at -> slots.add(new Slot(at, ScenarioTopic.MENTIONS, null, null)));
        for (WavePlan wave : waves) {
            burst(rng, start, wave, wave.reviewsPerMinute())
                    .forEach(at -> slots.add(new Slot(at, ScenarioTopic.REVIEWS, wave.storeId(), wave)));
            burst(rng, start, wave, wave.mentionsPerMinute())
                    .forEach(at -> slots.add(new Slot(at, ScenarioTopic.MENTIONS, null, wave)));
        }
        slots.sort(Comparator.comparing(Slot::at));
        return slots;
    }

    /** A Poisson process over the whole scenario: independent arrivals, exponential gaps of the given mean. */
    private static List<Instant> arrivals(SplittableRandom rng, Instant start, Duration meanGap) {
        List<Instant> times = new ArrayList<>();
        double mean = meanGap.toMillis();
        for (double t = exponential(rng, mean); t < LENGTH.toMillis(); t += exponential(rng, mean)) {
            times.add(start.plusMillis((long) t));
        }
        return times;
    }

    /** StrictMath, so that every JVM draws the same gaps from the same seed. */
    private static double exponential(SplittableRandom rng, double mean) {
        return -mean * StrictMath.log(1 - rng.nextDouble());
    }

    /** Each minute of a wave gets its planned count, give or take one, at random moments within the minute. */
    private static List<Instant> burst(SplittableRandom rng, Instant start, WavePlan wave, List<Integer> perMinute) {
        List<Instant> times = new ArrayList<>();
        for (int minute = 0; minute < perMinute.size(); minute++) {
            Instant minuteStart = start.plus(Duration.ofMinutes(wave.startMinute() + minute));
            int count = Math.max(0, perMinute.get(minute) + rng.nextInt(3) - 1);
            for (int i = 0; i < count; i++) {
                times.add(minuteStart.plusMillis(rng.nextLong(Duration.ofMinutes(1).toMillis())));
            }
        }
        return times;
    }

    /** One event to make: when, on which topic, at which store (reviews), in which wave (null for background). */
    private record Slot(Instant at, ScenarioTopic topic, String storeId, WavePlan wave) {

        ScenarioEvent make(EventMaker maker) {
            if (topic == ScenarioTopic.REVIEWS) {
                return wave == null ? maker.backgroundReview(at, storeId) : maker.waveReview(at, wave);
            }
            return wave == null ? maker.backgroundMention(at) : maker.waveMention(at, wave);
        }
    }
}
