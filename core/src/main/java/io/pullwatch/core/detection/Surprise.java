package io.pullwatch.core.detection;

/**
 * How far the recent volume of one signal stands above its baseline: over the window of {@code buckets} buckets
 * ending now, {@code events} events weighing {@code volume} against {@code expected}, and {@code surprise}, the
 * {@code −log10} tail probability after allowing for the scope's dispersion and for the number of windows tried.
 */
public record Surprise(Signal signal, int buckets, int events, double volume, double expected, double surprise) {

    public static final Surprise NONE = new Surprise(Signal.ALL, 1, 0, 0, 0, 0);

    public double ratio() {
        return expected <= 0 ? Double.POSITIVE_INFINITY : volume / expected;
    }

    public boolean isStrongerThan(Surprise other) {
        return surprise > other.surprise;
    }
}
