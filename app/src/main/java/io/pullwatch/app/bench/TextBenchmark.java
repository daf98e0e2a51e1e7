package io.pullwatch.app.bench;

import io.pullwatch.app.eval.DevCorpora;
import io.pullwatch.app.eval.LabelledText;
import io.pullwatch.app.eval.VaderReference;
import io.pullwatch.app.runtime.HeapUse;
import io.pullwatch.core.understanding.TextUnderstanding;
import java.io.PrintStream;
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
     * Passes before measuring: the stage runs for hours in a job, so its steady state is what counts, and Lingua, now
     * called for 2% of the texts, needs several passes before the JIT has compiled it (JMH warms up the same way).
     */
    static final int WARM_UP_PASSES = 3;

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
        double ours = medianRate(texts, pullwatch);
        long filledBytes = HeapUse.settled() - heapBefore - modelBytes;
        double peer = medianRate(texts, vader);
        out.printf("%n| measure (one thread, median of %d passes after %d warm-up passes) | texts/s | ratio to VADER |%n",
                runs, WARM_UP_PASSES);
        out.println("|---|---|---|");
        out.printf("| Pullwatch text stage: language + sentiment (+ rating fusion) + aspects | %,.0f | %.2f |%n", ours,
                ours / peer);
        out.printf("| VADER (apanimesh061 Java port): sentiment only | %,.0f | 1.00 |%n", peer);
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

    private double medianRate(List<LabelledText> texts, Consumer<LabelledText> work) {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            texts.forEach(work);
        }
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            texts.forEach(work);
            rates.add(texts.size() / ((System.nanoTime() - started) / 1e9));
        }
        return Medians.of(rates);
    }
}
