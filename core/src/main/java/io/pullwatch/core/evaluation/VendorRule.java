package io.pullwatch.core.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The common vendor rule, as a baseline: every hour on the hour, per scope, the last hour's volume against the mean
 * plus {@code k} standard deviations (population) of the {@code historyHours} hourly volumes before it. It fires when
 * the last hour is above that line and holds at least {@code minCount} posts, so that a flat, empty history does not
 * fire on a single post. Consecutive firing hours are one episode, raised at the first; its polarity is the majority
 * label of that hour's posts.
 */
public final class VendorRule {

    private static final long HOUR = Duration.ofHours(1).toMillis();

    private final double k;
    private final int historyHours;
    private final int minCount;

    public VendorRule(double k, int historyHours, int minCount) {
        if (!(k > 0) || historyHours < 2 || minCount < 1) {
            throw new IllegalArgumentException("k must be positive, history at least 2 hours, min count at least 1");
        }
        this.k = k;
        this.historyHours = historyHours;
        this.minCount = minCount;
    }

    /** k = 3 over the previous 12 hours, at least 5 posts. */
    public static VendorRule standard() {
        return new VendorRule(3.0, 12, 5);
    }

    public List<Detection> detect(List<Observation> observations) {
        Map<String, TreeMap<Long, List<Observation>>> hours = new HashMap<>();
        for (Observation o : observations) {
            hours.computeIfAbsent(o.scope(), s -> new TreeMap<>())
                    .computeIfAbsent(Math.floorDiv(o.at().toEpochMilli(), HOUR), h -> new ArrayList<>()).add(o);
        }
        List<Detection> detections = new ArrayList<>();
        hours.forEach((scope, byHour) -> detectIn(scope, byHour, detections));
        detections.sort(Comparator.comparing(Detection::at).thenComparing(Detection::scope));
        return detections;
    }

    private void detectIn(String scope, TreeMap<Long, List<Observation>> byHour, List<Detection> out) {
        long previousFiring = Long.MIN_VALUE;
        for (Map.Entry<Long, List<Observation>> hour : byHour.entrySet()) {
            if (hour.getValue().size() < minCount || !fires(byHour, hour.getKey())) {
                continue;
            }
            if (hour.getKey() != previousFiring + 1) {
                out.add(new Detection(scope, Majority.of(hour.getValue()),
                        Instant.ofEpochMilli((hour.getKey() + 1) * HOUR)));
            }
            previousFiring = hour.getKey();
        }
    }

    /** Whether the check at the end of {@code hour} fires. */
    private boolean fires(TreeMap<Long, List<Observation>> byHour, long hour) {
        double sum = 0;
        double squares = 0;
        for (long h = hour - historyHours; h < hour; h++) {
            List<Observation> posts = byHour.get(h);
            int count = posts == null ? 0 : posts.size();
            sum += count;
            squares += (double) count * count;
        }
        double mean = sum / historyHours;
        double sd = Math.sqrt(Math.max(0, squares / historyHours - mean * mean));
        return byHour.get(hour).size() > mean + k * sd;
    }
}
