package io.pullwatch.core.attribution;

import io.pullwatch.core.text.Lookups;
import io.pullwatch.core.text.TextNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a text, cut to a common stem, for telling which of the initiatives running in a store a piece
 * of feedback is about: "the winter coats sale" shares "winter" and "coat" with "Flash sale -30% on winter coats".
 * Stems are the first {@link #STEM_LENGTH} letters of words of at least {@link #MIN_LENGTH}, which folds English and
 * French inflections ("coats", "croissants", "réparations") without a language-specific stemmer.
 */
final class TopicWords {

    static final int MIN_LENGTH = 4;
    static final int STEM_LENGTH = 6;
    static final double ONE_WORD_HINT = 0.05;

    /** Frequent words of four letters or more that say nothing about a topic, folded. */
    private static final Set<String> STOP = Lookups.setOf(
            "with", "that", "this", "from", "your", "have", "just", "what", "when", "were", "will", "they", "them",
            "there", "their", "then", "than", "very", "every", "some", "more", "much", "only", "also", "been", "into",
            "about", "after", "before", "store", "shop", "today", "really", "thanks", "great", "good", "would", "could",
            "should", "being", "does", "doing", "because", "these", "those", "which", "where", "while", "here",
            "avec", "pour", "dans", "mais", "plus", "tres", "tout", "tous", "toute", "toutes", "cette", "sont", "etait",
            "comme", "bien", "merci", "magasin", "boutique", "aujourd", "vraiment", "super", "chez", "leur", "nous",
            "vous", "elle", "elles", "avait", "fait", "faire", "encore", "meme", "alors", "etaient", "etre", "avoir",
            "avaient", "sera", "seront", "avons", "avez", "etions", "parce", "quand", "aussi", "apres", "avant");

    private TopicWords() {}

    static Set<String> of(String text) {
        return of(TextNormalizer.tokens(text));
    }

    static Set<String> of(List<String> foldedTokens) {
        Set<String> stems = new HashSet<>();
        for (String token : foldedTokens) {
            if (token.length() >= MIN_LENGTH && !STOP.contains(token) && !isNumber(token)) {
                stems.add(token.length() > STEM_LENGTH ? token.substring(0, STEM_LENGTH) : token);
            }
        }
        return stems;
    }

    /**
     * How strongly the feedback is about the initiative's topic, from the stems they share. One shared word is only a
     * hint ({@link #ONE_WORD_HINT}): every store's reviews say "sales", "come back" or "free", and in the demo's
     * answer key a single shared word was right less than a third of the time. Two shared words make a topic (0.6),
     * four or more a certainty.
     */
    static double similarity(Set<String> feedbackStems, Set<String> topic) {
        if (topic.isEmpty()) {
            return 0.0;
        }
        int shared = 0;
        for (String stem : feedbackStems) {
            if (topic.contains(stem)) {
                shared++;
            }
        }
        return strength(shared);
    }

    /** {@link #similarity} from the number of shared stems. */
    static double strength(int shared) {
        return shared <= 1 ? shared * ONE_WORD_HINT : Math.min(1.0, 0.3 * shared);
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
