package io.pullwatch.app.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures of this JVM, for the demo's report and benchmarks. */
public final class HeapUse {

    private HeapUse() {}

    public static long usedNow() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of each heap pool's peak since start: an upper bound of the peak heap in use. */
    public static long peak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    /** Heap in use once garbage is collected: what live objects hold, for measuring what a component takes. */
    public static long settled() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return usedNow();
    }

    public static long max() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** Forgets earlier peaks, so that a measurement covers only what follows. */
    public static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
