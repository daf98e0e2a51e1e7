package io.pullwatch.core.impact;

/**
 * Count, sum and sum of squares of sentiment scores: enough for a mean and a sample variance, and additive, so that
 * time buckets can be summed into periods.
 */
public record GroupStats(long count, double sum, double sumOfSquares) {

    public static final GroupStats EMPTY = new GroupStats(0, 0.0, 0.0);

    public static GroupStats of(double... values) {
        GroupStats stats = EMPTY;
        for (double value : values) {
            stats = stats.plus(value);
        }
        return stats;
    }

    public GroupStats plus(double value) {
        return new GroupStats(count + 1, sum + value, sumOfSquares + value * value);
    }

    public GroupStats plus(GroupStats other) {
        if (other == null || other.count == 0) {
            return this;
        }
        return new GroupStats(count + other.count, sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    public double mean() {
        return count == 0 ? 0.0 : sum / count;
    }

    /** The unbiased sample variance; 0 below two values, never negative however the sums were rounded. */
    public double variance() {
        if (count < 2) {
            return 0.0;
        }
        return Math.max(0.0, (sumOfSquares - sum * sum / count) / (count - 1));
    }
}
