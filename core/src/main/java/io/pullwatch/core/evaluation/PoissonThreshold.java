package io.pullwatch.core.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A point-by-point Poisson threshold, as a baseline: per scope, each one-minute bucket's count against a Poisson of
 * mean λ, the trailing mean of the one-minute counts over {@code window} (never below {@code floorPerMinute}). It
 * fires as soon as the count n reaches a value with P(X ≥ n | λ) < α — at the post that reaches it — and the episode
 * it opens lasts until {@code quiet} passes without a firing minute. The polarity is the majority label of the
 * bucket's posts up to the firing one.
 */
public final class PoissonThreshold {

    private static final long MINUTE = Duration.ofMinutes(1).toMillis();

    private final double alpha;
    private final int windowMinutes;
    private final double floorPerMinute;
    private final long quietMinutes;

    public PoissonThreshold(double alpha, Duration window, double floorPerMinute, Duration quiet) {
        if (!(alpha > 0 && alpha < 1) || window.toMinutes() < 1 || !(floorPerMinute > 0) || quiet.isNegative()) {
            throw new IllegalArgumentException("alpha in (0, 1), a window of a minute or more, a positive floor");
        }
        this.alpha = alpha;
        this.windowMinutes = (int) window.toMinutes();
        this.floorPerMinute = floorPerMinute;
        this.quietMinutes = quiet.toMinutes();
    }

    /** α = 10⁻⁴ against the last 6 hours, λ at least 0.02 a minute, a new episode after 30 quiet minutes. */
    public static PoissonThreshold standard() {
        return new PoissonThreshold(1e-4, Duration.ofHours(6), 0.02, Duration.ofMinutes(30));
    }

    public List<Detection> detect(List<Observation> observations) {
        Map<String, List<Observation>> byScope = new HashMap<>();
        for (Observation o : observations) {
            byScope.computeIfAbsent(o.scope(), s -> new ArrayList<>()).add(o);
        }
        List<Detection> detections = new ArrayList<>();
        byScope.forEach((scope, posts) -> {
            posts.sort(Comparator.comparing(Observation::at));
            detectIn(scope, posts, detections);
        });
        detections.sort(Comparator.comparing(Detection::at).thenComparing(Detection::scope));
        return detections;
    }

    private void detectIn(String scope, List<Observation> posts, List<Detection> out) {
        Deque<long[]> window = new ArrayDeque<>(); // {minute, count} of earlier minutes still in the window
        long trailing = 0;
        long lastFiring = Long.MIN_VALUE / 2;
        int i = 0;
        while (i < posts.size()) {
            long minute = Math.floorDiv(posts.get(i).at().toEpochMilli(), MINUTE);
            int end = i;
            while (end < posts.size() && Math.floorDiv(posts.get(end).at().toEpochMilli(), MINUTE) == minute) {
                end++;
            }
            while (!window.isEmpty() && window.peekFirst()[0] < minute - windowMinutes) {
                trailing -= window.pollFirst()[1];
            }
            int threshold = threshold(Math.max(floorPerMinute, (double) trailing / windowMinutes));
            if (end - i >= threshold) {
                if (minute - lastFiring > quietMinutes) {
                    List<Observation> upToFiring = posts.subList(i, i + threshold);
                    out.add(new Detection(scope, Majority.of(upToFiring), upToFiring.get(threshold - 1).at()));
                }
                lastFiring = minute;
            }
            window.addLast(new long[] {minute, end - i});
            trailing += end - i;
            i = end;
        }
    }

    /** The smallest n with P(X ≥ n | λ) < α. */
    int threshold(double lambda) {
        double term = Math.exp(-lambda); // P(X = 0)
        double below = 0; // P(X < n)
        int n = 0;
        while (1 - below >= alpha) {
            below += term;
            n++;
            term *= lambda / n;
        }
        return n;
    }
}
