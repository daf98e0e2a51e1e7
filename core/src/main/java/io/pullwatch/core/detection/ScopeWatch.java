package io.pullwatch.core.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the wave detector keeps about one scope: its three watched volumes, its usual words, the events of the
 * last few buckets (to gather a wave's evidence from its very first post once it is detected) and the open alert, if
 * any. A Flink POJO.
 */
public final class ScopeWatch {

    static final int MAX_USUAL_TERMS = 200;
    static final int MAX_RECENT_EVENTS = 50;
    /** Usual words are forgotten with a half-life of about two days. */
    static final double TERM_DECAY_PER_HOUR = Math.exp(-Math.log(2) / 48);
    static final double NEGLIGIBLE_TERM = 0.05;

    public long firstSeenMillis = Long.MIN_VALUE;
    public long latestMillis = Long.MIN_VALUE;
    public long lastResolvedMillis = Long.MIN_VALUE;
    public VolumeSignal all = new VolumeSignal();
    public VolumeSignal positive = new VolumeSignal();
    public VolumeSignal negative = new VolumeSignal();
    public Map<String, Double> usualTerms = new HashMap<>();
    public double usualTermTotal;
    public List<ScopedEvent> recentEvents = new ArrayList<>();
    public WaveEpisode episode;

    public ScopeWatch() {}

    VolumeSignal signal(Signal signal) {
        return switch (signal) {
            case ALL -> all;
            case POSITIVE -> positive;
            case NEGATIVE -> negative;
        };
    }

    /** Moves the scope's clock to {@code millis} if later, forgetting usual words as hours pass. */
    void advanceClock(long millis) {
        if (latestMillis != Long.MIN_VALUE && millis > latestMillis) {
            long hours = millis / SeasonalBaseline.HOUR - latestMillis / SeasonalBaseline.HOUR;
            if (hours > 0) {
                double factor = Math.pow(TERM_DECAY_PER_HOUR, hours);
                BoundedCounts.decay(usualTerms, factor, NEGLIGIBLE_TERM);
                usualTermTotal *= factor;
            }
        }
        if (firstSeenMillis == Long.MIN_VALUE) {
            firstSeenMillis = millis;
        }
        latestMillis = Math.max(latestMillis, millis);
    }

    /**
     * Learns the scope's usual words from a sample of its posts: in a busy scope one post in {@code every} (chosen by
     * its id, so that a replay learns the same), each counting {@code every} times. The profile is statistical; the
     * words of every post would cost a busy scope most of its detection time.
     */
    void learnUsualTerms(ScopedEvent event, int every) {
        if (every > 1 && Math.floorMod(event.feedbackId().hashCode(), every) != 0) {
            return;
        }
        for (String term : event.terms()) {
            BoundedCounts.add(usualTerms, term, every, MAX_USUAL_TERMS);
        }
        usualTermTotal += (double) event.terms().size() * every;
    }

    /** Keeps {@code event} among the recent ones, dropping those before {@code oldestKeptMillis} and the surplus. */
    void remember(ScopedEvent event, long oldestKeptMillis) {
        recentEvents.removeIf(e -> e.createdAtMillis() < oldestKeptMillis);
        recentEvents.add(event);
        if (recentEvents.size() > MAX_RECENT_EVENTS) {
            recentEvents.remove(0);
        }
    }

    void setSuppressing(boolean suppressing) {
        all.baseline.suppressing = suppressing;
        positive.baseline.suppressing = suppressing;
        negative.baseline.suppressing = suppressing;
    }
}
