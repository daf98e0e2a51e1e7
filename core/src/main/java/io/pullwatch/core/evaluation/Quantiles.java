package io.pullwatch.core.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Quantiles by nearest rank: the smallest value with at least a share q of the values at or below it. */
public final class Quantiles {

    private Quantiles() {}

    /** The q-quantile (0 < q ≤ 1) of {@code values}, or null when there are none. */
    public static Duration nearestRank(Collection<Duration> values, double q) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(1, Math.min(sorted.size(), rank)) - 1);
    }
}
