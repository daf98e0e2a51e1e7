package io.pullwatch.core.sentiment;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps AFINN's integer ratings (one annotator, -5..5) onto VADER's scale (mean of ten raters, -4..4). Means of ten
 * ratings regress towards the middle, so the relation is not linear: on the words both lexicons share, AFINN 2 words
 * average about 1.7 in VADER while AFINN 5 words average about 2.6. The table is the mean |VADER| per |AFINN| level
 * over that overlap, computed from the shipped files rather than hard-coded.
 */
final class AfinnCalibration {

    private final float[] vaderByLevel;

    private AfinnCalibration(float[] vaderByLevel) {
        this.vaderByLevel = vaderByLevel;
    }

    static AfinnCalibration fromLexicons() {
        Map<String, Float> vader = new HashMap<>();
        LexiconFiles.readTsv("vader/vader_lexicon.txt", vader::putIfAbsent);
        double[] sum = new double[6];
        int[] count = new int[6];
        LexiconFiles.readTsv("afinn/AFINN-en-165.txt", (word, afinn) -> {
            Float v = vader.get(word);
            int level = Math.min(5, Math.round(Math.abs(afinn)));
            if (v != null && level > 0) {
                sum[level] += Math.abs(v);
                count[level]++;
            }
        });
        float[] table = new float[6];
        for (int level = 1; level <= 5; level++) {
            // A level without overlap falls back on the linear 0.8 scale (-5..5 onto -4..4).
            table[level] = count[level] == 0 ? 0.8f * level : (float) (sum[level] / count[level]);
        }
        return new AfinnCalibration(table);
    }

    float toVader(float afinn) {
        int level = Math.min(5, Math.round(Math.abs(afinn)));
        return Math.signum(afinn) * vaderByLevel[level];
    }
}
