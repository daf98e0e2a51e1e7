package io.pullwatch.core.simulation;

import io.pullwatch.core.detection.Scopes;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.simulation.SimulationTexts.Tone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a labelled stream of customer feedback, the same for the same settings and seed:
 * <ul>
 *   <li><b>background chatter</b> per scope (each store and the brand), at the scope's mean rate times the
 *       {@link ActivityProfile daily and weekly cycles}, times gamma noise per day and per hour (so counts are
 *       overdispersed, as real ones are), as Poisson counts per minute: mixed in tone, a quarter of store feedback
 *       being reviews;</li>
 *   <li><b>injected waves</b> after the warm-up, at active times of day, on stores and the brand, positive or
 *       negative, of 2, 3, 5, 10 or 20 times the scope's seasonal baseline at that moment (the brand's scope being
 *       all feedback, as the pipeline counts it), sudden or ramping up over 10 minutes or an hour, lasting 20 minutes
 *       to 3 hours (a brand wave at most 90 minutes), at least ten posts: posts (some reviews, some replies) of
 *       their polarity about one topic, away from other waves and large cascades on the same scope;</li>
 *   <li><b>reshare cascades</b> on some posts ({@link ReshareCascade}): most die out after a few reshares, a few are
 *       made to go viral with thousands.</li>
 * </ul>
 * Each component draws from its own split of the seed, so changing how many waves there are does not change the
 * background.
 */
public final class FeedbackSimulator {

    static final List<SimulatedStore> STORES = List.of(
            new SimulatedStore("paris-rivoli", "Rivoli"), new SimulatedStore("lyon-part-dieu", "Part-Dieu"),
            new SimulatedStore("lille-centre", "Lille"), new SimulatedStore("marseille-vieux-port", "Marseille"),
            new SimulatedStore("bordeaux-sainte-catherine", "Bordeaux"),
            new SimulatedStore("toulouse-capitole", "Toulouse"), new SimulatedStore("nantes-commerce", "Nantes"),
            new SimulatedStore("strasbourg-kleber", "Strasbourg"), new SimulatedStore("nice-massena", "Nice"),
            new SimulatedStore("rennes-republique", "Rennes"), new SimulatedStore("montpellier-comedie", "Montpellier"),
            new SimulatedStore("grenoble-victor-hugo", "Grenoble"));

    public static final List<Double> MULTIPLIERS = List.of(2.0, 3.0, 5.0, 10.0, 20.0);

    private static final double DAY_NOISE_SHAPE = 25;
    private static final double HOUR_NOISE_SHAPE = 16;
    private static final double STORE_REVIEW_SHARE = 0.25;
    private static final double WAVE_REVIEW_SHARE = 0.15;
    private static final double WAVE_REPLY_SHARE = 0.2;
    private static final double BRAND_WAVE_SHARE = 0.1;
    /**
     * A wave adds at least this many posts in expectation: a "wave" of three posts at night is not one anyone needs
     * to hear about, whatever its multiplier. Placement is drawn again until the wave is big enough.
     */
    private static final double MIN_WAVE_POSTS = 10;
    /** Two waves on one scope keep at least this far apart, so that each is its own episode. */
    private static final Duration WAVE_GAP = Duration.ofMinutes(60);
    /** Cascades from this many reshares on swell their scope's volume: waves keep away from them. */
    private static final int LARGE_CASCADE = 50;
    private static final ReshareCascade.FollowerDistribution RESHARERS =
            new ReshareCascade.FollowerDistribution(40, 1.3, 1_000_000);
    private static final int MAX_RESHARES = 20_000;
    private static final double BUSY_SHARE = 0.9;

    private FeedbackSimulator() {}

    /**
     * A scope the simulator feeds: a store, or the brand ({@code store} null). {@code meanPerMinute} is what the
     * simulator posts there itself; {@code scopeMeanPerMinute} is the scope's whole volume as the pipeline counts it,
     * which for the brand is every piece of feedback, and which a wave's multiplier is relative to.
     */
    private record Scope(String name, SimulatedStore store, double meanPerMinute, double scopeMeanPerMinute) {
        /** The chatter posted in this scope at {@code at}, before noise. */
        double baseline(Instant at) {
            return meanPerMinute * ActivityProfile.at(at);
        }

        /** The scope's whole seasonal volume at {@code at}, before noise. */
        double scopeBaseline(Instant at) {
            return scopeMeanPerMinute * ActivityProfile.at(at);
        }
    }

    public static SimulatedStream generate(SimulationSettings settings) {
        SplittableRandom seed = new SplittableRandom(settings.seed());
        SplittableRandom rates = seed.split();
        SplittableRandom chatter = seed.split();
        SplittableRandom planning = seed.split();
        SplittableRandom waveEvents = seed.split();
        SplittableRandom cascadeEvents = seed.split();
        EventFactory factory = new EventFactory(seed.split(), settings.seed());

        List<Scope> scopes = scopes(settings, rates);
        List<SimulatedEvent> events = new ArrayList<>();
        for (Scope scope : scopes) {
            background(settings, scope, chatter, factory, events);
        }
        List<TruthCascade> cascades = cascades(settings, scopes, cascadeEvents, factory, events);
        List<TruthWave> waves = new ArrayList<>();
        for (WavePlan plan : planWaves(settings, scopes, cascades, planning)) {
            waves.add(inject(plan, waveEvents, factory, events));
        }
        events.sort(SimulatedEvent.CHRONOLOGICAL);
        waves.sort(Comparator.comparing(TruthWave::start));
        cascades.sort(Comparator.comparing(TruthCascade::start));
        List<ScopeRate> rateTable = scopes.stream().map(s -> new ScopeRate(s.name(), s.scopeMeanPerMinute())).toList();
        return new SimulatedStream(events, new SimulationTruth(settings.seed(), settings.start(), settings.end(),
                settings.scoredFrom(), rateTable, waves, cascades));
    }

    private static List<Scope> scopes(SimulationSettings settings, SplittableRandom rng) {
        List<Scope> scopes = new ArrayList<>();
        double total = settings.brandPerMinute();
        for (SimulatedStore store : STORES.subList(0, settings.stores())) {
            double rate = RandomDraws.logUniform(rng, settings.storeMinPerMinute(), settings.storeMaxPerMinute());
            scopes.add(new Scope(store.scope(), store, rate, rate));
            total += rate;
        }
        if (settings.brandPerMinute() > 0) {
            scopes.add(new Scope(Scopes.BRAND, null, settings.brandPerMinute(), total));
        }
        return scopes;
    }

    private static void background(SimulationSettings settings, Scope scope, SplittableRandom rng,
            EventFactory factory, List<SimulatedEvent> out) {
        double dayNoise = 1;
        double hourNoise = 1;
        long minutes = Duration.ofDays(settings.days()).toMinutes();
        for (long minute = 0; minute < minutes; minute++) {
            if (minute % 1440 == 0) {
                dayNoise = RandomDraws.gamma(rng, DAY_NOISE_SHAPE, 1.0);
            }
            if (minute % 60 == 0) {
                hourNoise = RandomDraws.gamma(rng, HOUR_NOISE_SHAPE, 1.0);
            }
            Instant from = settings.start().plus(Duration.ofMinutes(minute));
            double rate = scope.baseline(from.plusSeconds(30)) * dayNoise * hourNoise;
            for (int n = RandomDraws.poisson(rng, rate); n > 0; n--) {
                Instant at = from.plusMillis(rng.nextInt(60_000));
                Tone tone = backgroundTone(rng, scope.store() == null);
                String topic = SimulationTexts.TOPICS.get(rng.nextInt(SimulationTexts.TOPICS.size()));
                boolean emphatic = rng.nextInt(10) == 0;
                if (scope.store() != null && rng.nextDouble() < STORE_REVIEW_SHARE) {
                    out.add(SimulatedEvent.of(factory.review(at, scope.store(), tone, topic, emphatic), null));
                } else {
                    out.add(SimulatedEvent.of(factory.post(at, scope.store(), tone, topic, emphatic), null, null));
                }
            }
        }
    }

    /** Stores hear more praise than complaints; talk about the brand is more evenly split. */
    private static Tone backgroundTone(SplittableRandom rng, boolean brand) {
        double u = rng.nextDouble();
        double positive = brand ? 0.4 : 0.5;
        double negative = brand ? 0.3 : 0.25;
        return u < positive ? Tone.POSITIVE : u < positive + negative ? Tone.NEGATIVE : Tone.NEUTRAL;
    }

    private record WavePlan(String id, Scope scope, Polarity polarity, Instant start, Instant end, double multiplier,
            WaveSpeed speed, String topic) {

        /** The wave's posts per minute at {@code at}: (multiplier − 1) seasonal baselines of its scope, ramped. */
        double rate(Instant at) {
            return (multiplier - 1) * scope.scopeBaseline(at) * speed.ramped(Duration.between(start, at));
        }

        double expectedExtra() {
            double sum = 0;
            for (Instant at = start.plusSeconds(30); at.isBefore(end); at = at.plusSeconds(60)) {
                sum += rate(at);
            }
            return sum;
        }
    }

    /**
     * Waves with multipliers and speeds in equal numbers (shuffled), placed at times drawn in proportion to activity
     * — people react when they are awake — and never within an hour of another wave, or of a large cascade's busy
     * span, on the same scope: each detection can then be credited to one cause.
     */
    private static List<WavePlan> planWaves(SimulationSettings settings, List<Scope> scopes,
            List<TruthCascade> cascades, SplittableRandom rng) {
        double scoredDays = Duration.between(settings.scoredFrom(), settings.end()).toMinutes() / 1440.0;
        int count = (int) Math.round(settings.wavesPerDay() * scoredDays);
        List<Double> multipliers = balanced(MULTIPLIERS, count, rng);
        List<WaveSpeed> speeds = balanced(List.of(WaveSpeed.values()), count, rng);
        Scope brand = scopes.stream().filter(s -> s.store() == null).findFirst().orElse(null);
        List<Scope> stores = scopes.stream().filter(s -> s.store() != null).toList();
        List<WavePlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Scope scope = brand != null && rng.nextDouble() < BRAND_WAVE_SHARE ? brand
                    : stores.get(rng.nextInt(stores.size()));
            Polarity polarity = rng.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE;
            WaveSpeed speed = speeds.get(i);
            // A brand wave is relative to all feedback: kept to 90 minutes, it is already the largest.
            int longest = scope == brand ? 90 : 180;
            long minutes = speed == WaveSpeed.RAMP_1_H ? 70 + rng.nextInt(longest - 69)
                    : Math.round(RandomDraws.logUniform(rng, 20, longest));
            Duration length = Duration.ofMinutes(minutes);
            String topic = SimulationTexts.TOPICS.get(rng.nextInt(SimulationTexts.TOPICS.size()));
            for (int attempt = 0; attempt < 1000; attempt++) {
                Instant start = activeMoment(rng, settings.scoredFrom(), settings.end().minus(length));
                WavePlan plan = new WavePlan("wave-" + (i + 1), scope, polarity, start, start.plus(length),
                        multipliers.get(i), speed, topic);
                if (plans.stream().noneMatch(p -> p.scope() == scope && overlaps(p, plan))
                        && cascades.stream().noneMatch(c -> crowds(c, plan))
                        && plan.expectedExtra() >= MIN_WAVE_POSTS) {
                    plans.add(plan);
                    break;
                }
            }
        }
        return plans;
    }

    private static boolean overlaps(WavePlan one, WavePlan other) {
        return one.start().isBefore(other.end().plus(WAVE_GAP)) && one.end().plus(WAVE_GAP).isAfter(other.start());
    }

    /** Whether a large cascade is busy on the wave's scope within an hour of it. */
    private static boolean crowds(TruthCascade cascade, WavePlan wave) {
        return cascade.reshares() >= LARGE_CASCADE && cascade.scope().equals(wave.scope().name())
                && wave.start().isBefore(cascade.busyUntil().plus(WAVE_GAP))
                && wave.end().plus(WAVE_GAP).isAfter(cascade.start());
    }

    /** {@code count} values cycling through {@code values}, shuffled, so that each is equally represented. */
    private static <T> List<T> balanced(List<T> values, int count, SplittableRandom rng) {
        List<T> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(values.get(i % values.size()));
        }
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
        return list;
    }

    /** A moment in [from, to), to the second, drawn in proportion to the activity profile. */
    private static Instant activeMoment(SplittableRandom rng, Instant from, Instant to) {
        long seconds = Math.max(1, Duration.between(from, to).toSeconds());
        double ceiling = 2.5;
        while (true) {
            Instant at = from.plusSeconds((long) (rng.nextDouble() * seconds));
            if (rng.nextDouble() * ceiling < ActivityProfile.at(at)) {
                return at;
            }
        }
    }

    /** The wave's posts minute by minute: (multiplier − 1) baselines, ramped, as Poisson counts. */
    private static TruthWave inject(WavePlan plan, SplittableRandom rng, EventFactory factory,
            List<SimulatedEvent> out) {
        Tone tone = plan.polarity() == Polarity.POSITIVE ? Tone.POSITIVE : Tone.NEGATIVE;
        SimulatedStore store = plan.scope().store();
        List<Mention> earlier = new ArrayList<>();
        int added = 0;
        for (Instant from = plan.start(); from.isBefore(plan.end()); from = from.plus(Duration.ofMinutes(1))) {
            Instant to = from.plus(Duration.ofMinutes(1)).isAfter(plan.end()) ? plan.end() : from.plusSeconds(60);
            long millis = Duration.between(from, to).toMillis();
            Instant middle = from.plusMillis(millis / 2);
            double rate = plan.rate(middle) * millis / 60_000.0;
            List<Mention> thisMinute = new ArrayList<>();
            for (int n = RandomDraws.poisson(rng, rate); n > 0; n--) {
                Instant at = from.plusMillis(rng.nextLong(millis));
                boolean emphatic = rng.nextBoolean();
                if (store != null && rng.nextDouble() < WAVE_REVIEW_SHARE) {
                    out.add(SimulatedEvent.of(factory.review(at, store, tone, plan.topic(), emphatic), plan.id()));
                } else if (!earlier.isEmpty() && rng.nextDouble() < WAVE_REPLY_SHARE) {
                    // People answer what is on their feed now: one of the wave's latest posts.
                    Mention parent = earlier.get(Math.max(0, earlier.size() - 1 - rng.nextInt(20)));
                    out.add(SimulatedEvent.of(factory.reply(at, parent, store, tone, plan.topic()), plan.id(), null));
                } else {
                    Mention post = factory.post(at, store, tone, plan.topic(), emphatic);
                    thisMinute.add(post);
                    out.add(SimulatedEvent.of(post, plan.id(), null));
                }
                added++;
            }
            earlier.addAll(thisMinute);
        }
        return new TruthWave(plan.id(), plan.scope().name(), plan.polarity(), plan.start(), plan.end(),
                plan.multiplier(), plan.speed(), plan.topic(), added);
    }

    /**
     * Cascades started through the whole stream; the viral ones (an author with 40,000 to 150,000 followers, a
     * branching ratio of 0.8 to 0.9) in the scored part and at least half a day before its end, the others (a few
     * hundred followers, a ratio of 0.05 to 0.7) anywhere.
     */
    private static List<TruthCascade> cascades(SimulationSettings settings, List<Scope> scopes, SplittableRandom rng,
            EventFactory factory, List<SimulatedEvent> out) {
        int total = (int) Math.round(settings.cascadesPerDay() * settings.days());
        double scoredDays = Duration.between(settings.scoredFrom(), settings.end()).toMinutes() / 1440.0;
        int viral = total == 0 ? 0 : Math.min(total, Math.max(1, (int) Math.round(settings.viralCascadesPerDay()
                * scoredDays)));
        List<TruthCascade> truths = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean isViral = i < viral;
            Instant latest = settings.end().minus(isViral ? Duration.ofHours(12) : Duration.ofHours(1));
            Instant earliest = isViral ? settings.scoredFrom() : settings.start();
            Instant at = activeMoment(rng, earliest, latest.isAfter(earliest) ? latest : settings.end());
            Scope scope = cascadeScope(scopes, rng);
            Polarity polarity = rng.nextBoolean() ? Polarity.POSITIVE : Polarity.NEGATIVE;
            long rootFollowers = isViral ? Math.round(RandomDraws.logUniform(rng, 40_000, 150_000))
                    : Math.min(20_000, Math.round(RandomDraws.lognormal(rng, 600, 1.2)));
            double ratio = isViral ? 0.8 + 0.1 * rng.nextDouble() : 0.05 + 0.65 * rng.nextDouble();
            double infectiousness = ratio / (ReactionTimeKernel.TOTAL * RESHARERS.mean());
            truths.add(cascade(settings, scope, polarity, at, rootFollowers, infectiousness, ratio, rng, factory, out));
        }
        return truths;
    }

    /** Half the cascades start from a post about the brand, the others from a post about one store. */
    private static Scope cascadeScope(List<Scope> scopes, SplittableRandom rng) {
        List<Scope> stores = scopes.stream().filter(s -> s.store() != null).toList();
        boolean brand = stores.size() < scopes.size() && rng.nextBoolean();
        return brand ? scopes.stream().filter(s -> s.store() == null).findFirst().orElseThrow()
                : stores.get(rng.nextInt(stores.size()));
    }

    private static TruthCascade cascade(SimulationSettings settings, Scope scope, Polarity polarity, Instant at,
            long rootFollowers, double infectiousness, double ratio, SplittableRandom rng, EventFactory factory,
            List<SimulatedEvent> out) {
        double horizon = Duration.between(at, settings.end()).toMillis() / 1000.0;
        List<ReshareCascade.Post> posts = ReshareCascade.simulate(rng, rootFollowers, infectiousness, horizon,
                RESHARERS, MAX_RESHARES);
        Tone tone = polarity == Polarity.POSITIVE ? Tone.POSITIVE : Tone.NEGATIVE;
        String topic = SimulationTexts.TOPICS.get(rng.nextInt(SimulationTexts.TOPICS.size()));
        Mention root = factory.root(at, scope.store(), tone, topic, rootFollowers);
        List<Mention> mentions = new ArrayList<>(posts.size());
        mentions.add(root);
        out.add(SimulatedEvent.of(root, null, root.id()));
        for (int i = 1; i < posts.size(); i++) {
            ReshareCascade.Post post = posts.get(i);
            Instant when = at.plusMillis(Math.round(post.seconds() * 1000));
            if (when.isAfter(settings.end())) {
                when = settings.end();
            }
            // Who reshared whose share shaped the cascade; the record names the root, as platforms do.
            Mention reshare = factory.reshare(when, root, scope.store(), post.followers());
            mentions.add(reshare);
            out.add(SimulatedEvent.of(reshare, null, root.id()));
        }
        int reshares = posts.size() - 1;
        Instant busyUntil = reshares == 0 ? at
                : mentions.get((int) Math.ceil(BUSY_SHARE * reshares)).createdAt();
        return new TruthCascade(root.id(), scope.name(), polarity, at, busyUntil, posts.size(), rootFollowers,
                infectiousness, ratio);
    }
}
