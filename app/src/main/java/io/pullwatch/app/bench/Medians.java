package io.pullwatch.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Benchmarks on noisy machines report medians. */
final class Medians {

    private Medians() {}

    static double of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
