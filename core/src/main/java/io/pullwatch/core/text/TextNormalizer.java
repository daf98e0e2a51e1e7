package io.pullwatch.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case, accents removed, every run of non-alphanumerics one space. "Jean-François"
 * and "jean francois" fold to the same tokens, as do "#Flash30" and "flash30".
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormalizer() {}

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    public static List<String> tokens(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : new ArrayList<>(List.of(folded.split(" ")));
    }
}
