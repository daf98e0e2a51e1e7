package io.pullwatch.core.impact;

import io.pullwatch.core.text.TextNormalizer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Words and phrases matched as whole words on folded text (lower case, accents removed, punctuation as spaces), so
 * that "Épuisé !" matches {@code epuise} and "sold-out" matches {@code sold out}, but "outstanding" never matches
 * {@code out}.
 */
public record PhraseSet(List<String> phrases) implements Serializable {

    public PhraseSet {
        LinkedHashSet<String> folded = new LinkedHashSet<>();
        for (String phrase : phrases) {
            String f = TextNormalizer.fold(phrase);
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        phrases = List.copyOf(folded);
    }

    public static PhraseSet of(Collection<String> phrases) {
        return new PhraseSet(new ArrayList<>(phrases));
    }

    public static PhraseSet of(String... phrases) {
        return new PhraseSet(List.of(phrases));
    }

    /** Text folded and padded with a space at each end, ready for {@link #firstIn}. */
    public static String padded(String text) {
        return " " + TextNormalizer.fold(text) + " ";
    }

    /** The first phrase (in the set's order) found in {@code paddedText}, or null. */
    public String firstIn(String paddedText) {
        for (String phrase : phrases) {
            if (containsWords(paddedText, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    /** Whether {@code phrase} is in {@code paddedText} between spaces; without building {@code " " + phrase + " "}. */
    static boolean containsWords(String paddedText, String phrase) {
        int end = paddedText.length() - phrase.length();
        for (int at = paddedText.indexOf(phrase, 1); at >= 1 && at < end; at = paddedText.indexOf(phrase, at + 1)) {
            if (paddedText.charAt(at - 1) == ' ' && paddedText.charAt(at + phrase.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return phrases.size();
    }
}
