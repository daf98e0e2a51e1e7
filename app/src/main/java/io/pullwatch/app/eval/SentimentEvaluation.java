package io.pullwatch.app.eval;

import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.sentiment.RatingSentiment;
import io.pullwatch.core.sentiment.SentimentMetrics;
import io.pullwatch.core.sentiment.SentimentScorer;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Scores Pullwatch's sentiment scorer and the published VADER on the same texts in the same run, with the metrics and
 * thresholds of the VADER paper, and prints them beside the paper's Table 4 figures.
 */
public final class SentimentEvaluation {

    /** VADER paper, Table 4: VADER's own r and F1, and an individual human rater's, per corpus. */
    private record Published(String corpus, double vaderR, double vaderF1, double humanR, double humanF1) {}

    private static final List<Published> TABLE_4 = List.of(
            new Published("vader_gt_tweets", 0.881, 0.96, 0.888, 0.84),
            new Published("vader_gt_movies", 0.451, 0.61, 0.899, 0.92),
            new Published("vader_gt_amazon", 0.565, 0.63, 0.911, 0.85));

    private final DevCorpora corpora;
    private final SentimentScorer scorer;
    private final PrintWriter out;

    public SentimentEvaluation(DevCorpora corpora, SentimentScorer scorer, PrintWriter out) {
        this.corpora = corpora;
        this.scorer = scorer;
        this.out = out;
    }

    public void run() {
        ToDoubleFunction<LabelledText> ours = t -> scorer.score(t.text(), t.language()).score();
        ToDoubleFunction<LabelledText> vader = t -> VaderReference.compound(t.text());

        out.println("### English: VADER ground-truth corpora (Pearson r against the human mean; 3-class macro-F1, "
                + "thresholds ±0.05)");
        out.println();
        out.println("| corpus | n | Pullwatch r | VADER r (this run) | VADER r (paper) | Pullwatch F1 | VADER F1 (this run)"
                + " | VADER F1 (paper) | one human r / F1 (paper) |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (Published paper : TABLE_4) {
            List<LabelledText> texts = corpora.vaderGroundTruth(paper.corpus());
            double[] gold = texts.stream().mapToDouble(LabelledText::gold).toArray();
            double[] mine = texts.stream().mapToDouble(ours).toArray();
            double[] peer = texts.stream().mapToDouble(vader).toArray();
            out.printf("| %s | %,d | **%.3f** | %.3f | %.3f | **%.3f** | %.3f | %.2f | %.3f / %.2f |%n", paper.corpus(),
                    texts.size(), SentimentMetrics.pearson(mine, gold), SentimentMetrics.pearson(peer, gold),
                    paper.vaderR(), SentimentMetrics.threeClassMacroF1(mine, gold),
                    SentimentMetrics.threeClassMacroF1(peer, gold), paper.vaderF1(), paper.humanR(), paper.humanF1());
        }
        out.println();

        List<LabelledText> sanders = corpora.sanders();
        double[] sandersGold = sanders.stream().mapToDouble(LabelledText::gold).toArray();
        double[] sandersOurs = sanders.stream().mapToDouble(ours).toArray();
        double[] sandersVader = sanders.stream().mapToDouble(vader).toArray();
        out.println("### English: Sanders brand tweets (3 classes, \"irrelevant\" left out)");
        out.println();
        out.println("| corpus | n | Pullwatch accuracy | VADER accuracy | Pullwatch macro-F1 | VADER macro-F1 |");
        out.println("|---|---|---|---|---|---|");
        out.printf("| sanders | %,d | **%.3f** | %.3f | **%.3f** | %.3f |%n", sanders.size(),
                threeClassAccuracy(sandersOurs, sandersGold), threeClassAccuracy(sandersVader, sandersGold),
                SentimentMetrics.threeClassMacroF1(sandersOurs, sandersGold),
                SentimentMetrics.threeClassMacroF1(sandersVader, sandersGold));
        out.println();

        List<LabelledText> allocine = corpora.allocine();
        boolean[] positive = new boolean[allocine.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = allocine.get(i).gold() > 0;
        }
        double[] allocineOurs = allocine.stream().mapToDouble(ours).toArray();
        double[] allocineVader = allocine.stream().mapToDouble(vader).toArray();
        out.println("### French: Allociné reviews from the text alone (≥ 4 stars positive, ≤ 2 negative)");
        out.println();
        out.println("| corpus | n | Pullwatch accuracy | Pullwatch macro-F1 | VADER accuracy (English-only peer) |"
                + " VADER macro-F1 |");
        out.println("|---|---|---|---|---|---|");
        out.printf("| allocine_tatia | %,d | **%.3f** | **%.3f** | %.3f | %.3f |%n", allocine.size(),
                SentimentMetrics.binaryAccuracy(allocineOurs, positive),
                SentimentMetrics.binaryMacroF1(allocineOurs, positive),
                SentimentMetrics.binaryAccuracy(allocineVader, positive),
                SentimentMetrics.binaryMacroF1(allocineVader, positive));
        out.flush();
    }

    static double threeClassAccuracy(double[] predicted, double[] gold) {
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            SentimentLabel p = RatingSentiment.labelOf(predicted[i]);
            SentimentLabel g = RatingSentiment.labelOf(gold[i]);
            correct += p == g ? 1 : 0;
        }
        return predicted.length == 0 ? Double.NaN : (double) correct / predicted.length;
    }
}
