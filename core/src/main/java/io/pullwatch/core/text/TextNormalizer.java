package io.pullwatch.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds text for matching: lower case, accents removed, every run of non-alphanumerics one space. "Jean-François"
 * and "jean francois" fold to the same tokens, as do "#Flash30" and "flash30".
 *
 * <p>Equivalent to decomposing the text (NFD), dropping the combining marks, lower-casing and splitting on runs of
 * characters that are neither letters nor digits, but done in one pass over the text with the folding of each Latin
 * character worked out once: the attribute stage folds every piece of feedback, and regular expressions over the
 * whole text cost several times more.
 */
public final class TextNormalizer {

    /** Characters whose folding is precomputed: ASCII, Latin-1 and the Latin Extended blocks. */
    private static final int TABLE_SIZE = 0x250;
    private static final String[] FOLDED = new String[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLDED[c] = foldCodePoint(c);
        }
    }

    private TextNormalizer() {}

    public static String fold(String text) {
        return String.join(" ", tokens(text));
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        StringBuilder token = new StringBuilder(16);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            String folded = codePoint < TABLE_SIZE ? FOLDED[codePoint] : foldCodePoint(codePoint);
            if (folded == null) {
                continue; // a combining mark: part of the letter before it
            }
            if (folded.isEmpty()) {
                endToken(token, tokens);
            } else {
                token.append(folded);
            }
        }
        endToken(token, tokens);
        return tokens;
    }

    private static void endToken(StringBuilder token, List<String> tokens) {
        if (!token.isEmpty()) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    /**
     * What one character folds to: null for a combining mark (dropped), "" for a separator, else its letters and
     * digits, decomposed, unmarked and lower-cased.
     */
    private static String foldCodePoint(int codePoint) {
        if (isMark(codePoint)) {
            return null;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(kept::appendCodePoint);
        String lower = kept.toString().toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (!isLetterOrNumber(c)) {
                return ""; // a separator, or a symbol: either way it splits words
            }
            letters.appendCodePoint(c);
        }
        return letters.toString();
    }

    /** Unicode letters and numbers of every kind (digits, "½", "Ⅷ"), as {@code [\p{L}\p{N}]} in a pattern. */
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
