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

        out.println("### French: Allociné reviews from the text alone (≥ 4 stars positive, ≤ 2 negative)");
        out.println();
        starRatedTable("allocine_tatia", corpora.allocine(), "VADER (English-only peer)", ours, vader);
        out.println("### English retail: Amazon fashion reviews from the text alone (≥ 4 stars positive, ≤ 2 negative;"
                + " each text once)");
        out.println();
        starRatedTable("amazon2018_fashion5", corpora.fashionReviews(), "VADER", ours, vader);
        out.flush();
    }

    private void starRatedTable(String corpus, List<LabelledText> texts, String peer,
            ToDoubleFunction<LabelledText> ours, ToDoubleFunction<LabelledText> vader) {
        boolean[] positive = new boolean[texts.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = texts.get(i).gold() > 0;
        }
        double[] mine = texts.stream().mapToDouble(ours).toArray();
        double[] theirs = texts.stream().mapToDouble(vader).toArray();
        out.printf("| corpus | n (negative) | Pullwatch accuracy | Pullwatch macro-F1 | %s accuracy | %s macro-F1 |%n",
                peer, peer);
        out.println("|---|---|---|---|---|---|");
        out.printf("| %s | %,d (%,d) | **%.3f** | **%.3f** | %.3f | %.3f |%n", corpus, texts.size(),
                texts.size() - countTrue(positive), SentimentMetrics.binaryAccuracy(mine, positive),
                SentimentMetrics.binaryMacroF1(mine, positive), SentimentMetrics.binaryAccuracy(theirs, positive),
                SentimentMetrics.binaryMacroF1(theirs, positive));
        out.println();
    }

    private static int countTrue(boolean[] values) {
        int n = 0;
        for (boolean value : values) {
            n += value ? 1 : 0;
        }
        return n;
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
