package io.pullwatch.core.detection;

/**
 * One watched volume of one scope (see {@link Signal}): its learned baseline and its recent buckets. A Flink POJO.
 */
public final class VolumeSignal {

    /** Window widths, in buckets, tried on every event: a sudden spike, a fast wave, a slower swell. */
    static final int[] WINDOWS = {1, 5, RecentBuckets.SIZE};

    public SeasonalBaseline baseline = new SeasonalBaseline();
    public RecentBuckets recent = new RecentBuckets();

    public VolumeSignal() {}

    /** Counts one event of weight {@code weight} at {@code millis}, in bucket {@code bucket}. */
    public void add(long millis, long bucket, double weight) {
        baseline.add(millis, weight);
        recent.add(bucket, weight);
    }

    /**
     * The learned expectation, or in the scope's first hour the rate before the window of {@code width} buckets being
     * judged (NaN if too little was watched before it to say).
     */
    private double expectedPerHour(long bucket, int width, long millis, double bucketHours) {
        if (baseline.hoursSeen > 0) {
            return baseline.expectedPerHour(millis);
        }
        long bucketMillis = Math.round(bucketHours * SeasonalBaseline.HOUR);
        long windowStart = (bucket - width + 1) * bucketMillis;
        return baseline.provisionalPerHour(windowStart, recent.volume(bucket, width));
    }

    /**
     * The most surprising window of at most {@code maxWidth} buckets ending with {@code bucket}, judged against the
     * baseline at {@code millis} (at least {@code floorPerHour}), with {@code penalty} (log10 of the number of tests
     * made) taken off every surprise. Windows below {@code minRatio} times their expectation are skipped without
     * computing a tail: a volume at or below its expectation is no surprise.
     */
    public Surprise strongest(Signal signal, long bucket, long millis, double bucketHours, double floorPerHour,
            double penalty, int maxWidth, double minRatio) {
        Surprise best = Surprise.NONE;
        for (int width : WINDOWS) {
            if (width > maxWidth) {
                continue;
            }
            int events = recent.events(bucket, width);
            if (events == 0) {
                continue;
            }
            double perHour = expectedPerHour(bucket, width, millis, bucketHours);
            if (Double.isNaN(perHour)) {
                continue;
            }
            double perBucket = Math.max(floorPerHour, perHour) * bucketHours;
            double volume = recent.volume(bucket, width);
            double expected = perBucket * width;
            if (volume < Math.max(1.0, minRatio) * expected) {
                continue;
            }
            double dispersion = baseline.dispersion(expected);
            double surprise = PoissonTail.surprise(volume / dispersion, expected / dispersion) - penalty;
            Surprise candidate = new Surprise(signal, width, events, volume, expected, surprise);
            if (best == Surprise.NONE || candidate.isStrongerThan(best)) {
                best = candidate;
            }
        }
        return best;
    }
}
