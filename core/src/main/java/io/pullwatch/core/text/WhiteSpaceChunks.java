package io.pullwatch.core.text;

import java.util.Arrays;

/**
 * The white-space-delimited chunks of a text ("staff,", "l'accueil", ":-)"), found in one pass over a copy of its
 * characters. Analyses that remember what they worked out per chunk in a {@link WordMemo} read the chunks from here, so
 * that all of a text's chunks can be looked up at once ({@link WordMemo#getAll}). Each thread keeps the chunks of the
 * last text it split: the sentiment tokenizer and the aspect matcher read the same text one after the other.
 */
public final class WhiteSpaceChunks {

    private static final int FIRST_ROOM = 16;
    private static final ThreadLocal<WhiteSpaceChunks> LAST = new ThreadLocal<>();

    private final String text;
    private final char[] chars;
    private int[] starts = new int[FIRST_ROOM];
    private int[] ends = new int[FIRST_ROOM];
    /** Blank lines in the white space before each chunk; the last element counts those after the last chunk. */
    private int[] blankLines = new int[FIRST_ROOM + 1];
    private int count;
    /** The chunks' entries in a {@link WordMemo}, valid while its epoch is {@code memoEpoch}; kept by the memo. */
    int[] memoEntries;
    Object memoEpoch;

    private WhiteSpaceChunks(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** The chunks of {@code text}; not to be modified (the same text, split again on this thread, shares them). */
    public static WhiteSpaceChunks of(String text) {
        WhiteSpaceChunks last = LAST.get();
        if (last != null && last.text == text) {
            return last;
        }
        WhiteSpaceChunks chunks = new WhiteSpaceChunks(text);
        chunks.split();
        LAST.set(chunks);
        return chunks;
    }

    /** The text's characters; to be read only. */
    public char[] chars() {
        return chars;
    }

    public int count() {
        return count;
    }

    public int start(int chunk) {
        return starts[chunk];
    }

    public int end(int chunk) {
        return ends[chunk];
    }

    /**
     * How many blank lines (two line feeds with only white space between, counted where each pair starts) come before
     * {@code chunk}; {@code blankLinesBefore(count())} counts those after the last chunk.
     */
    public int blankLinesBefore(int chunk) {
        return blankLines[chunk];
    }

    private void split() {
        int n = chars.length;
        int i = 0;
        while (true) {
            int blank = 0;
            while (i < n && isWhitespace(chars[i])) {
                if (chars[i] == '\n' && i + 1 < n && chars[i + 1] == '\n') {
                    blank++;
                }
                i++;
            }
            if (i == n) {
                blankLines[count] = blank;
                return;
            }
            int start = i;
            while (i < n && !isWhitespace(chars[i])) {
                i++;
            }
            add(start, i, blank);
        }
    }

    /** {@link Character#isWhitespace(char)}, with the characters of nearly every text answered without a call. */
    private static boolean isWhitespace(char c) {
        if (c > ' ') {
            return c >= 0x80 && Character.isWhitespace(c);
        }
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C;
    }

    private void add(int start, int end, int blank) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
            ends = Arrays.copyOf(ends, 2 * count);
            blankLines = Arrays.copyOf(blankLines, 2 * count + 1);
        }
        starts[count] = start;
        ends[count] = end;
        blankLines[count] = blank;
        count++;
    }
}
