package io.pullwatch.core.aspects;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into clauses, so that each aspect gets the sentiment of the words around it rather than of the whole
 * text: "staff lovely but the queue was endless" is two opinions. Cuts at sentence punctuation and at contrast words
 * (the word itself belongs to neither side); commas are left alone, since they also separate parts of one opinion.
 *
 * <p>A plain character scan rather than a regular expression: it only runs on texts that mention an aspect, but those
 * are most texts, and a scan costs a fraction of the analysis that precedes it.
 */
public final class ClauseSplitter {

    /** A clause: the characters [start, end) of the text. */
    public record Clause(int start, int end) {

        public String of(String text) {
            return text.substring(start, end).strip();
        }
    }

    private static final String[] CONTRAST_WORDS = {
        "but", "however", "although", "though", "whereas", "except",
        "mais", "cependant", "pourtant", "toutefois", "néanmoins", "neanmoins", "sinon"
    };

    /** Two-word contrasts, cut at their first word: {second word, first word}. */
    private static final String[][] CONTRAST_PAIRS = {{"contre", "par"}, {"revanche", "en"}, {"que", "sauf"}};

    private ClauseSplitter() {}

    /** @return the clauses in text order, each holding at least one letter or digit; empty for null or blank text */
    public static List<Clause> split(String text) {
        return text == null ? new ArrayList<>() : split(text, 0, text.length());
    }

    /**
     * The clause holding the character at {@code offset}, found by splitting only the sentence around it: clauses
     * never cross a sentence end, so this gives what {@link #split} would, at the cost of one sentence rather than
     * the whole text. Null when that sentence holds no letter or digit.
     */
    public static Clause clauseAt(String text, int offset) {
        int start = offset;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = offset;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        List<Clause> clauses = split(text, start, end);
        return clauses.isEmpty() ? null : clauses.get(indexOf(clauses, offset));
    }

    private static List<Clause> split(String text, int from, int to) {
        List<Clause> clauses = new ArrayList<>();
        int n = to;
        int clauseStart = from;
        int previousWordStart = -1;
        int previousWordEnd = -1;
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int wordEnd = i + 1;
                while (wordEnd < n && Character.isLetter(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                if (isOneOf(text, i, wordEnd, CONTRAST_WORDS)) {
                    add(clauses, text, clauseStart, i);
                    clauseStart = wordEnd;
                } else if (previousWordStart >= clauseStart && endsContrastPair(text, previousWordStart,
                        previousWordEnd, i, wordEnd)) {
                    add(clauses, text, clauseStart, previousWordStart);
                    clauseStart = wordEnd;
                }
                previousWordStart = i;
                previousWordEnd = wordEnd;
                i = wordEnd;
            } else {
                if (endsSentence(text, i)) {
                    add(clauses, text, clauseStart, i);
                    clauseStart = i + 1;
                }
                i++;
            }
        }
        add(clauses, text, clauseStart, n);
        return clauses;
    }

    /** @return the index of the clause holding the character at offset (the one before it if it fell on a cut) */
    public static int indexOf(List<Clause> clauses, int offset) {
        int low = 0;
        int high = clauses.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (clauses.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Sentence punctuation and line breaks; a dot between digits ("9.99") is a decimal point, not an end. */
    private static boolean endsSentence(String text, int i) {
        return switch (text.charAt(i)) {
            case '!', '?', ';', '\n', '\u2026' -> true;
            case '.' -> !(i > 0 && Character.isDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
            default -> false;
        };
    }

    private static boolean endsContrastPair(String text, int firstStart, int firstEnd, int start, int end) {
        for (String[] pair : CONTRAST_PAIRS) {
            if (is(text, start, end, pair[0]) && is(text, firstStart, firstEnd, pair[1])
                    && text.substring(firstEnd, start).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOf(String text, int start, int end, String[] words) {
        for (String word : words) {
            if (is(text, start, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(String text, int start, int end, String word) {
        return end - start == word.length()
                && Character.toLowerCase(text.charAt(start)) == word.charAt(0)
                && text.regionMatches(true, start, word, 0, word.length());
    }

    private static void add(List<Clause> clauses, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                clauses.add(new Clause(start, end));
                return;
            }
        }
    }
}
