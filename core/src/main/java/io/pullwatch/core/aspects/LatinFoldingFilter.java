package io.pullwatch.core.aspects;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds accented Latin letters to their base letter ("é" → "e", "Ç" → "C") and the typographic apostrophe to "'",
 * as {@link ASCIIFoldingFilter} does, but through a lookup table. ASCIIFoldingFilter's folding method is larger than
 * HotSpot compiles (the huge-method limit), so it runs interpreted; on French text, where most words carry an accent,
 * it was the largest single cost of the chain. Characters outside the table (œ, æ, ß, other scripts) still go through
 * ASCIIFoldingFilter.
 */
final class LatinFoldingFilter extends TokenFilter {

    /** For each character of Latin-1 and Latin Extended-A/B: its base letter if that is ASCII, else itself. */
    private static final char[] BASE = new char[0x250];

    static {
        for (char c = 0; c < BASE.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean accentedAscii = decomposed.length() > 1 && decomposed.charAt(0) < 0x80
                    && Character.getType(decomposed.charAt(1)) == Character.NON_SPACING_MARK;
            BASE[c] = accentedAscii ? decomposed.charAt(0) : c;
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[64];

    LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean beyondTable = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 0x80) {
                char base = c < BASE.length ? BASE[c] : c == '\u2019' ? '\'' : c;
                buffer[i] = base;
                beyondTable |= base >= 0x80;
            }
        }
        if (beyondTable) {
            if (folded.length < 4 * length) {
                folded = new char[4 * length]; // one character folds to at most four ("⑽" → "(10)")
            }
            term.copyBuffer(folded, 0, ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length));
        }
        return true;
    }
}
