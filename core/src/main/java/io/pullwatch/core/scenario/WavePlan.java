package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Polarity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How one wave is planted: what it is about, the minute of the scenario it starts at, how many reviews and mentions
 * land in each of its minutes, what they say, and which share of them names the initiative outright.
 */
record WavePlan(String id, Polarity polarity, Initiative initiative, int startMinute, List<Integer> reviewsPerMinute,
        List<Integer> mentionsPerMinute, WaveTexts texts, double namedShare) {

    WavePlan {
        reviewsPerMinute = List.copyOf(reviewsPerMinute);
        mentionsPerMinute = List.copyOf(mentionsPerMinute);
        if (reviewsPerMinute.size() != mentionsPerMinute.size()) {
            throw new IllegalArgumentException("reviews and mentions must cover the same minutes");
        }
    }

    String storeId() {
        return initiative.storeId();
    }

    GroundTruth truth() {
        return new GroundTruth(id, polarity, initiative.id());
    }

    /** Waves are one-sided: praise gives five stars, anger one or two. */
    int rating(SplittableRandom rng) {
        if (polarity == Polarity.POSITIVE) {
            return 5;
        }
        return rng.nextInt(3) == 0 ? 2 : 1;
    }

    Wave toWave(Instant scenarioStart, int eventCount) {
        Instant start = scenarioStart.plus(Duration.ofMinutes(startMinute));
        Instant end = start.plus(Duration.ofMinutes(reviewsPerMinute.size()));
        return new Wave(id, polarity, initiative.id(), storeId(), start, end, eventCount);
    }
}
