package io.pullwatch.core.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test streams for one scope: Poisson background with a daily cycle (quiet nights, busy afternoons) and waves of a
 * given size on top, as {@link ScopedEvent}s in time order.
 */
final class SyntheticScope {

    static final Instant START = Instant.parse("2025-03-03T00:00:00Z");

    private final Random random;
    private final List<ScopedEvent> events = new ArrayList<>();
    private int next;

    SyntheticScope(long seed) {
        random = new Random(seed);
    }

    /** Background at {@code perHour} on average over the day, for {@code duration} from {@link #START}. */
    SyntheticScope background(double perHour, Duration duration) {
        long end = START.plus(duration).toEpochMilli();
        for (long minute = START.toEpochMilli(); minute < end; minute += 60_000) {
            double hour = (minute / 3_600_000.0) % 24;
            double cycle = 1 + 0.8 * Math.sin((hour - 9) / 24 * 2 * Math.PI);
            addPoisson(minute, perHour / 60 * cycle, null, List.of("visit", "store", "nice"));
        }
        return this;
    }

    /** A wave adding {@code perHour} of {@code polarity} posts from {@code start} for {@code duration}. */
    SyntheticScope wave(Instant start, Duration duration, double perHour, Signal polarity, List<String> words) {
        for (long minute = start.toEpochMilli(); minute < start.plus(duration).toEpochMilli(); minute += 60_000) {
            addPoisson(minute, perHour / 60, polarity, words);
        }
        return this;
    }

    private void addPoisson(long minute, double mean, Signal polarity, List<String> words) {
        int n = poisson(mean);
        for (int i = 0; i < n; i++) {
            long at = minute + random.nextInt(60_000);
            Signal label = polarity != null ? polarity : random.nextBoolean() ? Signal.POSITIVE : null;
            events.add(new ScopedEvent("store:s1", "m" + next++, at, "author" + random.nextInt(500),
                    random.nextInt(2000), 1.0, label == Signal.NEGATIVE ? -0.6 : 0.5, label, "s1", List.of(), words,
                    String.join(" ", words)));
        }
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    List<ScopedEvent> events() {
        List<ScopedEvent> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> Long.compare(a.createdAtMillis(), b.createdAtMillis()));
        return sorted;
    }
}
