package io.pullwatch.core.detection;

/**
 * The volume and number of events of the last {@link #SIZE} buckets of one signal, in a ring indexed by bucket
 * number, so that windows of 1 to {@link #SIZE} buckets ending now can be summed on every event and late events
 * still land in their own bucket. A Flink POJO.
 */
public final class RecentBuckets {

    public static final int SIZE = 15;

    /** Bucket number held by each slot, or {@link Long#MIN_VALUE} for an empty slot. */
    public long[] bucketOf = emptySlots();
    public double[] volume = new double[SIZE];
    public int[] events = new int[SIZE];

    public RecentBuckets() {}

    private static long[] emptySlots() {
        long[] slots = new long[SIZE];
        java.util.Arrays.fill(slots, Long.MIN_VALUE);
        return slots;
    }

    /**
     * Adds one event to bucket {@code bucket}. Returns false if that bucket has already left the ring (older than the
     * newest bucket by {@link #SIZE} or more).
     */
    public boolean add(long bucket, double eventVolume) {
        int slot = (int) Math.floorMod(bucket, (long) SIZE);
        if (bucketOf[slot] != bucket) {
            if (bucketOf[slot] != Long.MIN_VALUE && bucketOf[slot] > bucket) {
                return false;
            }
            bucketOf[slot] = bucket;
            volume[slot] = 0;
            events[slot] = 0;
        }
        volume[slot] += eventVolume;
        events[slot]++;
        return true;
    }

    /** Volume of the {@code width} buckets ending with {@code lastBucket}. */
    public double volume(long lastBucket, int width) {
        double sum = 0;
        for (long b = lastBucket - width + 1; b <= lastBucket; b++) {
            int slot = (int) Math.floorMod(b, (long) SIZE);
            if (bucketOf[slot] == b) {
                sum += volume[slot];
            }
        }
        return sum;
    }

    /** Events of the {@code width} buckets ending with {@code lastBucket}. */
    public int events(long lastBucket, int width) {
        int sum = 0;
        for (long b = lastBucket - width + 1; b <= lastBucket; b++) {
            int slot = (int) Math.floorMod(b, (long) SIZE);
            if (bucketOf[slot] == b) {
                sum += events[slot];
            }
        }
        return sum;
    }
}
