package io.pullwatch.core.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the words of names that a text word may be a typo of, without comparing it with every name: each name word
 * is indexed under itself and every form with one letter deleted, and a text word is looked up the same way
 * (symmetric deletion). A shared key means the two words are at most one edit apart or swap two neighbouring
 * letters ("Jean-Fancois", "Dupnot"), which {@link #withinOneEdit} then confirms.
 *
 * <p>Only words of {@link #MIN_LENGTH} letters or more take part: one edit turns a short word into another real word.
 */
final class NameTypos<T> {

    static final int MIN_LENGTH = 5;

    private final Map<String, List<T>> byKey = new HashMap<>();

    void add(String word, T value) {
        if (word.length() < MIN_LENGTH) {
            return;
        }
        for (String key : keysOf(word)) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
        }
    }

    /** Values whose indexed word may be within one edit of {@code word}; confirm each with {@link #withinOneEdit}. */
    Set<T> candidates(String word) {
        Set<T> found = new LinkedHashSet<>();
        if (word.length() < MIN_LENGTH - 1) {
            return found;
        }
        for (String key : keysOf(word)) {
            List<T> values = byKey.get(key);
            if (values != null) {
                found.addAll(values);
            }
        }
        return found;
    }

    private static List<String> keysOf(String word) {
        List<String> keys = new ArrayList<>(word.length() + 1);
        keys.add(word);
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }

    /** Whether one substitution, insertion, deletion or swap of neighbours turns {@code a} into {@code b}. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (la == lb) {
            String restA = a.substring(prefix + 1);
            String restB = b.substring(prefix + 1);
            boolean substitution = restA.equals(restB);
            boolean swap = prefix + 1 < la && a.charAt(prefix) == b.charAt(prefix + 1)
                    && a.charAt(prefix + 1) == b.charAt(prefix) && a.substring(prefix + 2).equals(b.substring(prefix + 2));
            return substitution || swap;
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }
}
