package io.pullwatch.app.bench;

import com.sun.management.OperatingSystemMXBean;
import io.pullwatch.app.eval.DevCorpora;
import io.pullwatch.app.eval.LabelledText;
import io.pullwatch.app.eval.VaderReference;
import io.pullwatch.app.runtime.HeapUse;
import io.pullwatch.core.understanding.TextUnderstanding;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Texts per second on one thread through the whole text stage (language identification, sentiment, aspects), beside
 * the published VADER scoring the same texts in the same run, and the heap the stage's models take.
 */
public final class TextBenchmark {

    private static final List<String> CORPORA = List.of("vader_gt_tweets", "vader_gt_movies", "vader_gt_amazon",
            "sanders", "amazon2018_fashion5", "french_media");
    private static final int ALLOCINE_SAMPLE = 10_000;
    /**
     * Warm-up before measuring: the stage runs for hours in a job, so its steady state is what counts. On two cores the
     * JIT compilers share the machine with the measured thread, and the stage only reaches its steady rate after five
     * to ten passes (about ten seconds); three passes measured it half-compiled. So at least this many passes, and at
     * least {@link #WARM_UP_TIME}, as JMH warms up by time.
     */
    static final int WARM_UP_PASSES = 3;
    static final Duration WARM_UP_TIME = Duration.ofSeconds(20);

    private final DevCorpora corpora;
    private final int runs;
    private final PrintStream out;

    public TextBenchmark(DevCorpora corpora, int runs, PrintStream out) {
        this.corpora = corpora;
        this.runs = runs;
        this.out = out;
    }

    public void run() {
        List<LabelledText> texts = texts();
        long heapBefore = HeapUse.settled();
        TextUnderstanding stage = TextUnderstanding.standard();
        long modelBytes = HeapUse.settled() - heapBefore;
        long chars = texts.stream().mapToLong(t -> t.text().length()).sum();
        out.printf("Texts: %,d (%,d characters, mean %d) from %s and %,d Allociné reviews%n", texts.size(), chars,
                chars / texts.size(), CORPORA, ALLOCINE_SAMPLE);

        Consumer<LabelledText> pullwatch = t -> stage.understand(t.text(), null, t.rating());
        Consumer<LabelledText> vader = t -> VaderReference.compound(t.text());
        Rates ours = measure(texts, pullwatch);
        long filledBytes = HeapUse.settled() - heapBefore - modelBytes;
        Rates peer = measure(texts, vader);
        out.printf("%n| measure (one thread, median of %d passes after at least %d warm-up passes and %d s) | texts/s "
                + "| ratio to VADER | texts per CPU-second of the measuring thread | of the whole JVM |%n", runs,
                WARM_UP_PASSES, WARM_UP_TIME.toSeconds());
        out.println("|---|---|---|---|---|");
        out.printf("| Pullwatch text stage: language + sentiment (+ rating fusion) + aspects (%d warm-up passes) "
                + "| %,.0f | %.2f | %,.0f | %,.0f |%n", ours.warmUpPasses(), ours.wallClock(),
                ours.wallClock() / peer.wallClock(), ours.threadCpu(), ours.processCpu());
        out.printf("| VADER (apanimesh061 Java port): sentiment only (%d warm-up passes) | %,.0f | 1.00 | %,.0f "
                + "| %,.0f |%n", peer.warmUpPasses(), peer.wallClock(), peer.threadCpu(), peer.processCpu());
        out.printf("%nHeap taken by the text stage's lexicons, taxonomy and language models: %,d MiB%n",
                modelBytes >> 20);
        out.printf("Heap added by running the texts through it (this thread's word memo, the lexicons' card caches): "
                + "%,d MiB%n", filledBytes >> 20);
    }

    private List<LabelledText> texts() {
        List<LabelledText> texts = new ArrayList<>();
        CORPORA.forEach(corpus -> texts.addAll(corpora.texts(corpus)));
        List<LabelledText> allocine = corpora.texts("allocine_tatia");
        int step = Math.max(1, allocine.size() / ALLOCINE_SAMPLE);
        for (int i = 0; i < allocine.size(); i += step) {
            texts.add(allocine.get(i));
        }
        Collections.shuffle(texts, new Random(42));
        return texts;
    }

    /**
     * Texts per second of wall-clock time, per CPU-second of the measuring thread (what the stage's own code costs,
     * without the time the machine's hypervisor or other threads took the core away), and per CPU-second of the whole
     * JVM (adding the collector's threads and the pool Lingua hands its work to): each the median over the passes.
     */
    record Rates(int warmUpPasses, double wallClock, double threadCpu, double processCpu) {}

    private Rates measure(List<LabelledText> texts, Consumer<LabelledText> work) {
        long warmUpEnds = System.nanoTime() + WARM_UP_TIME.toNanos();
        int warmUpPasses = 0;
        while (warmUpPasses < WARM_UP_PASSES || System.nanoTime() < warmUpEnds) {
            texts.forEach(work);
            warmUpPasses++;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> wallClock = new ArrayList<>();
        List<Double> threadCpu = new ArrayList<>();
        List<Double> processCpu = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long wallStarted = System.nanoTime();
            long threadStarted = threads.getCurrentThreadCpuTime();
            long processStarted = system.getProcessCpuTime();
            texts.forEach(work);
            wallClock.add(perSecond(texts.size(), System.nanoTime() - wallStarted));
            threadCpu.add(perSecond(texts.size(), threads.getCurrentThreadCpuTime() - threadStarted));
            processCpu.add(perSecond(texts.size(), system.getProcessCpuTime() - processStarted));
        }
        return new Rates(warmUpPasses, Medians.of(wallClock), Medians.of(threadCpu), Medians.of(processCpu));
    }

    private static double perSecond(int texts, long nanos) {
        return texts / (nanos / 1e9);
    }
}
