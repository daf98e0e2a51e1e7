package io.pullwatch.core.detection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps count maps of unbounded key sets (words, authors) bounded: once a map holds twice its capacity, only the
 * {@code capacity} largest entries are kept. Heavy hitters survive; a long tail of one-off words does not grow the
 * state. Amortised, this costs a sort every {@code capacity} new keys.
 */
final class BoundedCounts {

    private BoundedCounts() {}

    static void add(Map<String, Double> counts, String key, double amount, int capacity) {
        counts.merge(key, amount, Double::sum);
        if (counts.size() >= 2 * capacity) {
            prune(counts, capacity);
        }
    }

    /** Keeps the {@code capacity} largest counts (ties at the cut are dropped together, never kept beyond it). */
    static void prune(Map<String, Double> counts, int capacity) {
        double[] values = new double[counts.size()];
        int i = 0;
        for (double value : counts.values()) {
            values[i++] = value;
        }
        Arrays.sort(values);
        double cut = values[values.length - capacity - 1];
        counts.values().removeIf(value -> value <= cut);
    }

    /** Multiplies every count by {@code factor}, dropping those that fall below {@code negligible}. */
    static void decay(Map<String, Double> counts, double factor, double negligible) {
        counts.replaceAll((key, value) -> value * factor);
        counts.values().removeIf(value -> value < negligible);
    }

    /** The keys of the {@code limit} largest counts, largest first (ties by key, for stable output). */
    static List<String> topKeys(Map<String, Double> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }
}
