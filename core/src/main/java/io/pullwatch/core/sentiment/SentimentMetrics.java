package io.pullwatch.core.sentiment;

import io.pullwatch.core.event.SentimentLabel;

/**
 * Agreement between predicted and gold sentiment, as the VADER paper measures it: Pearson r on scores, and F1
 * macro-averaged over the three classes (positive / neutral / negative) after labelling both sides with the ±0.05
 * band of {@link RatingSentiment#labelOf}. Binary accuracy and macro-F1 serve corpora with only positive and
 * negative gold. Pure functions over arrays.
 */
public final class SentimentMetrics {

    private SentimentMetrics() {}

    /** Pearson correlation; 0 when either side has no variance (no linear relation can be read). */
    public static double pearson(double[] x, double[] y) {
        requireSameLength(x.length, y.length);
        int n = x.length;
        if (n == 0) {
            return 0.0;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0.0 : sxy / Math.sqrt(sxx * syy);
    }

    /** Macro F1 over positive / neutral / negative, both sides labelled from scores in [-1, 1]. */
    public static double threeClassMacroF1(double[] predictedScores, double[] goldScores) {
        requireSameLength(predictedScores.length, goldScores.length);
        SentimentLabel[] predicted = new SentimentLabel[predictedScores.length];
        SentimentLabel[] gold = new SentimentLabel[goldScores.length];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = RatingSentiment.labelOf(predictedScores[i]);
            gold[i] = RatingSentiment.labelOf(goldScores[i]);
        }
        return macroF1(predicted, gold, SentimentLabel.values());
    }

    /** Macro F1 over the given classes; a class that is neither predicted nor gold counts as F1 = 0. */
    public static double macroF1(SentimentLabel[] predicted, SentimentLabel[] gold, SentimentLabel[] classes) {
        requireSameLength(predicted.length, gold.length);
        double sum = 0;
        for (SentimentLabel c : classes) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < predicted.length; i++) {
                boolean p = predicted[i] == c;
                boolean g = gold[i] == c;
                if (p && g) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
            sum += tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return classes.length == 0 ? 0.0 : sum / classes.length;
    }

    /** Share of texts whose predicted polarity matches gold; a score of exactly 0 counts as a negative call. */
    public static double binaryAccuracy(double[] predictedScores, boolean[] goldPositive) {
        requireSameLength(predictedScores.length, goldPositive.length);
        if (predictedScores.length == 0) {
            return 0.0;
        }
        int correct = 0;
        for (int i = 0; i < predictedScores.length; i++) {
            if ((predictedScores[i] > 0) == goldPositive[i]) {
                correct++;
            }
        }
        return (double) correct / predictedScores.length;
    }

    /** Macro F1 over positive and negative, predicted polarity being the sign of the score (0 → negative). */
    public static double binaryMacroF1(double[] predictedScores, boolean[] goldPositive) {
        requireSameLength(predictedScores.length, goldPositive.length);
        SentimentLabel[] predicted = new SentimentLabel[predictedScores.length];
        SentimentLabel[] gold = new SentimentLabel[goldPositive.length];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = predictedScores[i] > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            gold[i] = goldPositive[i] ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        }
        return macroF1(predicted, gold, new SentimentLabel[] {SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE});
    }

    private static void requireSameLength(int a, int b) {
        if (a != b) {
            throw new IllegalArgumentException("predicted and gold differ in length: " + a + " vs " + b);
        }
    }
}
