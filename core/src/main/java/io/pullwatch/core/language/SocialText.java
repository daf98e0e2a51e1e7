package io.pullwatch.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * The language-bearing part of a social post. URLs, e-mail addresses, @handles, #hashtags, $cashtags, numbers and
 * emoji carry no evidence of the language a post is written in (handles and hashtags are often English inside
 * French posts), so they are dropped. Letters are lower-cased (all-caps posts read like any other) and elongations
 * are shortened ("soooo" becomes "soo"), because no English or French word repeats a letter three times. Only the
 * first {@value #MAX_WORDS} words are read: a few dozen words settle the language, and long reviews then cost no
 * more.
 */
final class SocialText {

    static final int MAX_WORDS = 32;
    private static final int MAX_REPEAT = 2;

    /** Lower-cased words; a word may keep one inner apostrophe ("j'adore", "don't"), normalised to U+0027. */
    final List<String> words;
    /** Letters of the Latin script, and of any other script, in the kept words. */
    final int latinLetters;
    final int otherLetters;

    private SocialText(List<String> words, int latinLetters, int otherLetters) {
        this.words = words;
        this.latinLetters = latinLetters;
        this.otherLetters = otherLetters;
    }

    static SocialText of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] letters = new int[2];
        int i = 0;
        int n = text.length();
        while (i < n && words.size() < MAX_WORDS) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (start < i && !isNoise(text, start, i)) {
                splitWords(text, start, i, words, word, letters);
            }
        }
        return new SocialText(words, letters[0], letters[1]);
    }

    /** The kept words joined by spaces: what the statistical model reads. */
    String cleaned() {
        return String.join(" ", words);
    }

    /** Whitespace-separated chunks that are never words of the post's language. */
    private static boolean isNoise(String text, int start, int end) {
        char first = text.charAt(start);
        if (first == '@' || first == '#' || first == '$') {
            return true;
        }
        if (text.regionMatches(true, start, "http", 0, 4) || text.regionMatches(true, start, "www.", 0, 4)) {
            return true;
        }
        boolean dot = false;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '@' || (c == ':' && text.startsWith("//", i + 1)) || (c == '/' && dot)) {
                return true; // an e-mail address, a URL of any scheme, or a bare link ("bit.ly/x", "t.co/x")
            }
            dot |= c == '.';
        }
        return false;
    }

    /** Cuts a chunk into runs of letters; an apostrophe between two letters stays inside the word. */
    private static void splitWords(String text, int start, int end, List<String> words, StringBuilder word,
                                   int[] letters) {
        int i = start;
        while (i <= end && words.size() < MAX_WORDS) {
            int cp = i < end ? text.codePointAt(i) : ' ';
            int width = Character.charCount(cp);
            if (isLetter(cp)) {
                appendLetter(word, cp < 0x80 ? cp | 0x20 : Character.toLowerCase(cp), letters);
            } else if (isApostrophe(cp) && word.length() > 0 && i + width < end
                    && isLetter(text.codePointAt(i + width)) && word.indexOf("'") < 0) {
                word.append('\'');
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += width;
        }
        word.setLength(0);
    }

    /** ASCII first: most posts are mostly ASCII, and the Unicode tables are slower to consult. */
    private static boolean isLetter(int cp) {
        if (cp < 0x80) {
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(cp);
    }

    private static void appendLetter(StringBuilder word, int cp, int[] letters) {
        int len = word.length();
        if (len >= MAX_REPEAT && word.charAt(len - 1) == cp && word.charAt(len - 2) == cp) {
            return;
        }
        word.appendCodePoint(cp);
        letters[isLatin(cp) ? 0 : 1]++;
    }

    /** Letters below U+0250 are Latin (the micro sign aside); the Unicode script lookup is a search, worth skipping. */
    private static boolean isLatin(int cp) {
        return cp < 0x250 || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || Character.isWhitespace(c);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
