package io.pullwatch.core.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the words of names that a text word may be a typo of, without comparing it with every name: name words are
 * kept in buckets by first letter and length, and a text word is compared only with the words of its first letter
 * and of its length or one letter more or less, which is where a word one edit away must be. Each distinct name word
 * is compared once however many initiatives share it (a thousand staff members share a few hundred first and last
 * names). The comparison itself ({@link #withinOneEdit}) allocates nothing, so the common case, a word that is no
 * name at all, costs a few character comparisons.
 *
 * <p>Only words of {@link #MIN_LENGTH} letters or more take part, since one edit turns a short word into another
 * real word, and the first letter must be right: people rarely mistype it, and allowing it would double the cost.
 */
final class NameTypos<T> {

    static final int MIN_LENGTH = 5;

    private final Map<Long, Map<String, List<T>>> buckets = new HashMap<>();

    void add(String word, T value) {
        if (word.length() >= MIN_LENGTH) {
            buckets.computeIfAbsent(bucket(word.charAt(0), word.length()), k -> new HashMap<>(2))
                    .computeIfAbsent(word, w -> new ArrayList<>(1)).add(value);
        }
    }

    /** Values whose word is exactly one edit away from {@code word} (the exact word itself is left out). */
    List<T> candidates(String word) {
        List<T> found = new ArrayList<>(0);
        if (word.length() < MIN_LENGTH - 1) {
            return found;
        }
        for (int length = word.length() - 1; length <= word.length() + 1; length++) {
            Map<String, List<T>> words = buckets.get(bucket(word.charAt(0), length));
            if (words != null) {
                for (Map.Entry<String, List<T>> entry : words.entrySet()) {
                    if (!entry.getKey().equals(word) && withinOneEdit(entry.getKey(), word)) {
                        found.addAll(entry.getValue());
                    }
                }
            }
        }
        return found;
    }

    private static long bucket(char first, int length) {
        return ((long) first << 32) | length;
    }

    /** Whether one substitution, insertion, deletion or swap of neighbours turns {@code a} into {@code b}. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == la && la == lb) {
            return true;
        }
        if (la == lb) {
            return sameFrom(a, prefix + 1, b, prefix + 1) // substitution
                    || prefix + 1 < la && a.charAt(prefix) == b.charAt(prefix + 1)
                            && a.charAt(prefix + 1) == b.charAt(prefix) && sameFrom(a, prefix + 2, b, prefix + 2);
        }
        return la > lb ? sameFrom(a, prefix + 1, b, prefix) : sameFrom(a, prefix, b, prefix + 1);
    }

    private static boolean sameFrom(String a, int fromA, String b, int fromB) {
        return a.length() - fromA == b.length() - fromB && a.regionMatches(fromA, b, fromB, a.length() - fromA);
    }
}
