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
     * Share of the initiative's topic the feedback touches, saturating at two shared stems: one shared word is a
     * hint, two are a topic.
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
        return Math.min(1.0, shared / 2.0);
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
