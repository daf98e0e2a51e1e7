package io.pullwatch.core.detection;

import io.pullwatch.core.event.AlertEvidence.TermEvidence;
import io.pullwatch.core.text.Lookups;
import io.pullwatch.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell what a wave is about: the content words of its posts (folded, English and French function
 * words left out), ranked by Dunning's log-likelihood ratio G² of their count in the wave against their count in the
 * scope's usual talk — words the wave uses far more than usual, not merely frequent ones.
 */
public final class WaveTerms {

    static final int MIN_LENGTH = 3;
    static final int MAX_TERMS_PER_POST = 30;
    static final int MIN_WAVE_COUNT = 2;

    private static final Set<String> STOP = Lookups.setOf(
            "the", "and", "for", "you", "are", "was", "but", "not", "all", "any", "can", "had", "her", "his", "our",
            "out", "has", "him", "how", "its", "let", "may", "who", "why", "did", "get", "got", "too", "use", "yet",
            "one", "two", "now", "off", "very", "with", "that", "this", "from", "your", "have", "just", "what", "when",
            "were", "will", "they", "them", "there", "their", "then", "than", "some", "more", "much", "only", "also",
            "been", "into", "about", "after", "before", "would", "could", "should", "being", "does", "doing",
            "because", "these", "those", "which", "where", "while", "here", "http", "https", "www", "com", "amp",
            "les", "des", "une", "est", "pas", "que", "qui", "sur", "par", "pour", "dans", "avec", "mais", "plus",
            "tres", "tout", "tous", "toute", "cette", "sont", "etait", "comme", "bien", "chez", "leur", "nous", "vous",
            "elle", "ils", "elles", "avait", "fait", "faire", "encore", "meme", "alors", "etre", "avoir", "aux", "ces",
            "ses", "son", "sans", "ont", "ete", "aussi", "apres", "avant", "car", "donc", "quand", "moi", "toi", "lui",
            "mes", "tes", "nos", "vos", "ici", "deja");

    private WaveTerms() {}

    /** The distinct content words of a text, in order of first use, at most {@link #MAX_TERMS_PER_POST}. */
    public static List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String token : TextNormalizer.tokens(text)) {
            if (token.length() >= MIN_LENGTH && !STOP.contains(token) && !isNumber(token)) {
                terms.add(token);
                if (terms.size() == MAX_TERMS_PER_POST) {
                    break;
                }
            }
        }
        return new ArrayList<>(terms);
    }

    /**
     * The {@code limit} words most characteristic of the wave: used at least {@link #MIN_WAVE_COUNT} times, more often
     * than in the background, by decreasing G².
     */
    public static List<TermEvidence> top(Map<String, Double> wave, double waveTotal, Map<String, Double> background,
            double backgroundTotal, int limit) {
        List<TermEvidence> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> entry : wave.entrySet()) {
            double inWave = entry.getValue();
            if (inWave < MIN_WAVE_COUNT) {
                continue;
            }
            double usual = background.getOrDefault(entry.getKey(), 0.0);
            if (inWave / waveTotal <= (usual + 0.5) / (backgroundTotal + 0.5)) {
                continue; // no more frequent than usual
            }
            ranked.add(new TermEvidence(entry.getKey(), Math.round(inWave),
                    round(logLikelihood(inWave, usual, waveTotal, backgroundTotal))));
        }
        ranked.sort((a, b) -> Double.compare(b.logLikelihood(), a.logLikelihood()));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : List.copyOf(ranked);
    }

    /** G² of a word seen {@code a} times among {@code c} words of the wave and {@code b} among {@code d} usual ones. */
    static double logLikelihood(double a, double b, double c, double d) {
        double e1 = c * (a + b) / (c + d);
        double e2 = d * (a + b) / (c + d);
        return 2 * (term(a, e1) + term(b, e2));
    }

    private static double term(double observed, double expected) {
        return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
