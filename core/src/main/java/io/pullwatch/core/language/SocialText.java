package io.pullwatch.core.language;

import java.text.Normalizer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The language-bearing part of a social post. URLs, e-mail addresses, @handles, #hashtags, $cashtags, numbers and
 * emoji carry no evidence of the language a post is written in (handles and hashtags are often English inside
 * French posts), so they are dropped. Letters are lower-cased (all-caps posts read like any other) and elongations
 * are shortened ("soooo" becomes "soo"), because no English or French word repeats a letter three times. Only the
 * first {@value #MAX_WORDS} words are read, and a {@link Reader} may stop the reading sooner: a few dozen words
 * settle the language, and long reviews then cost no more.
 *
 * <p>Every text passes through here, so it is read in a single pass over a copy of its beginning, and the kept words
 * are written one after the other into that same {@code char[]} instead of a {@code String} each: the stages that
 * read them ({@link FunctionWords}, {@link Spelling}) look words up straight from the array. {@link #words} and
 * {@link #cleaned()} build strings only when asked.
 */
final class SocialText {

    /** Takes the kept words as they are read, and says when it has read enough. */
    interface Reader {
        /**
         * @param chars holds the word at {@code [start, end)}: lower-cased letters, perhaps one apostrophe
         * @return whether to read on
         */
        boolean read(char[] chars, int start, int end);
    }

    static final int MAX_WORDS = 32;
    /**
     * Characters read at most. Thirty-two words take a few hundred characters even in a post full of links and
     * hashtags; past this, a text (spam, a pasted log) costs no more.
     */
    static final int MAX_CHARS = 1024;
    private static final int MAX_REPEAT = 2;
    /** How much of the text is first copied; most posts are shorter, and long reviews are settled within it. */
    private static final int FIRST_WINDOW = 128;
    /** Room for this many words at first; more is made as needed. */
    private static final int FIRST_WORDS = 8;
    /** How far past the current character the scan may look ("http", "://", a letter after an apostrophe). */
    private static final int LOOKAHEAD = 4;

    private final String text;
    private final int textLimit;
    /**
     * The beginning of the text, copied because an array reads faster than {@code String.charAt}, with the kept words
     * written over the characters already read: {@code chars[0, length)} holds the words, each followed by one space,
     * and {@code chars[i, sourceLength)} the text still to read from {@code i}. Writing never overtakes reading,
     * because a word never takes more room than the characters it came from (no lower-case letter is longer than its
     * upper case, and the space after a word replaces the character that ended it), so one array serves both and
     * each text costs one allocation less.
     */
    private char[] chars;
    private int sourceLength;
    private int length;
    /** Word {@code i} ends at {@code ends[i]}, and starts one past the end of the word before it. */
    private int[] ends = new int[FIRST_WORDS];
    private int wordCount;
    /** Letters of the Latin script, and of any other script, in the kept words (set while reading). */
    int latinLetters;
    int otherLetters;
    /**
     * Lower-cased words; a word may keep one inner apostrophe ("j'adore", "don't"), normalised to U+0027. A view:
     * each element is built when asked for.
     */
    final List<String> words = new Words();

    private SocialText(String text) {
        this.text = text;
        textLimit = Math.min(text.length(), MAX_CHARS);
        sourceLength = Math.min(textLimit, FIRST_WINDOW);
        chars = new char[sourceLength + 1]; // room for the space after a word that ends the text
        text.getChars(0, sourceLength, chars, 0);
    }

    /** Reads the first {@value #MAX_WORDS} words of {@code text}. */
    static SocialText of(String text) {
        return of(text, (chars, start, end) -> true);
    }

    /**
     * Reads the words of {@code text} and hands each to {@code reader}, until {@value #MAX_WORDS} words or until the
     * reader has read enough; the words it was not handed are not kept.
     */
    static SocialText of(String text, Reader reader) {
        SocialText social = new SocialText(text);
        int i = 0;
        int handed = 0;
        while (social.has(i) && social.wordCount < MAX_WORDS) {
            if (isSpace(social.chars[i])) {
                i++;
                continue;
            }
            i = social.chunk(i);
            // A chunk's words are handed over only once the whole chunk is known not to be a link.
            for (; handed < social.wordCount; handed++) {
                if (!reader.read(social.chars, social.start(handed), social.ends[handed])) {
                    social.wordCount = handed + 1;
                    return social;
                }
            }
        }
        return social;
    }

    int wordCount() {
        return wordCount;
    }

    /** The array holding the words; to be read only, between {@link #start(int)} and {@link #end(int)}. */
    char[] chars() {
        return chars;
    }

    int start(int word) {
        return word == 0 ? 0 : ends[word - 1] + 1;
    }

    int end(int word) {
        return ends[word];
    }

    /** The kept words joined by spaces: what the statistical model reads. */
    String cleaned() {
        return cleaned(Integer.MAX_VALUE);
    }

    /**
     * The first kept words, as many as fit in {@code maxChars} characters (at least one), joined by spaces. The
     * statistical model's cost grows with the length of what it reads.
     */
    String cleaned(int maxChars) {
        if (wordCount == 0) {
            return "";
        }
        int last = 0;
        while (last + 1 < wordCount && ends[last + 1] <= maxChars) {
            last++;
        }
        return new String(chars, 0, ends[last]);
    }

    /**
     * Whether {@code i} is inside the text as far as it is read; copies more of the text when {@code i} comes near
     * the end of what was copied, so that the scan may always look {@value #LOOKAHEAD} characters ahead.
     */
    private boolean has(int i) {
        if (i + LOOKAHEAD >= sourceLength && sourceLength < textLimit) {
            int newLength = Math.min(textLimit, Math.max(2 * sourceLength, i + LOOKAHEAD + 1));
            chars = Arrays.copyOf(chars, newLength + 1);
            text.getChars(sourceLength, newLength, chars, sourceLength);
            sourceLength = newLength;
        }
        return i < sourceLength;
    }

    /**
     * Reads one whitespace-separated chunk from {@code start}, keeping its runs of letters as words (an apostrophe
     * between two letters stays inside the word), unless the chunk is one that never holds words of the post's
     * language: a @handle, #hashtag or $cashtag, a URL or bare link ("bit.ly/x", "t.co/x"), an e-mail address. Such a
     * chunk may show itself only at its end, so the words already kept from it are then taken back.
     *
     * @return the index just past the chunk
     */
    private int chunk(int start) {
        int keptLength = length;
        int keptWords = wordCount;
        int keptLatin = latinLetters;
        int keptOther = otherLetters;
        boolean noise = isNoiseStart(start);
        boolean dot = false;
        boolean apostrophe = false;
        int wordStart = length;
        int i = start;
        while (has(i)) {
            char c = chars[i];
            int lower = c | 0x20;
            if (lower >= 'a' && lower <= 'z') {
                // The common case, on a path of its own: ASCII letters, which cannot make the chunk a link.
                i = noise || wordCount == MAX_WORDS ? i + 1 : asciiLetters(i, wordStart);
                continue;
            }
            if (isSpace(c)) {
                break;
            }
            if (i > start && !noise) {
                noise = c == '@' || (c == ':' && isDoubleSlash(i + 1)) || (c == '/' && dot);
                dot |= c == '.';
            }
            int cp = Character.isHighSurrogate(c) ? codePointAt(i) : c;
            int width = cp > Character.MAX_VALUE ? 2 : 1;
            if (noise || wordCount == MAX_WORDS) {
                // nothing more to keep from this chunk, but read on: it may still turn out to be a link
            } else if (isLetter(cp)) {
                appendLetter(cp < 0x80 ? cp | 0x20 : Character.toLowerCase(plainLetter(cp)), wordStart);
            } else if (isApostrophe(cp) && length > wordStart && !apostrophe && i + width < sourceLength
                    && isLetter(codePointAt(i + width))) {
                append('\'');
                apostrophe = true;
            } else if (length > wordStart) {
                wordStart = endWord(wordStart);
                apostrophe = false;
            }
            i += width;
        }
        if (noise) {
            length = keptLength;
            wordCount = keptWords;
            latinLetters = keptLatin;
            otherLetters = keptOther;
        } else if (length > wordStart) {
            endWord(wordStart);
        }
        return i;
    }

    /**
     * Appends the run of ASCII letters from {@code i} to the word begun at {@code wordStart}, lower-cased and with
     * elongations shortened, and returns the index past the run (or past what is copied of the text).
     */
    private int asciiLetters(int i, int wordStart) {
        char[] buffer = chars;
        int end = length;
        int kept = 0;
        for (; i < sourceLength; i++) {
            char c = (char) (buffer[i] | 0x20);
            if (c < 'a' || c > 'z') {
                break;
            }
            if (end - wordStart < MAX_REPEAT || buffer[end - 1] != c || buffer[end - 2] != c) {
                buffer[end++] = c;
                kept++;
            }
        }
        length = end;
        latinLetters += kept;
        return i;
    }

    private boolean isNoiseStart(int start) {
        char first = chars[start];
        return switch (first) {
            case '@', '#', '$' -> true;
            case 'h', 'H' -> startsWithIgnoringCase(start, "http");
            case 'w', 'W' -> startsWithIgnoringCase(start, "www.");
            default -> false;
        };
    }

    /** {@code prefix} is lower-case ASCII: comparing with bit 5 set folds the case of ASCII letters only. */
    private boolean startsWithIgnoringCase(int start, String prefix) {
        if (start + prefix.length() > sourceLength) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char expected = prefix.charAt(k);
            char c = chars[start + k];
            if (c != expected && (expected < 'a' || expected > 'z' || (c | 0x20) != expected)) {
                return false;
            }
        }
        return true;
    }

    private boolean isDoubleSlash(int i) {
        return i + 1 < sourceLength && chars[i] == '/' && chars[i + 1] == '/';
    }

    private int codePointAt(int i) {
        return Character.codePointAt(chars, i, sourceLength);
    }

    /** Closes the word begun at {@code wordStart} and returns where the next one begins. */
    private int endWord(int wordStart) {
        if (wordCount == ends.length) {
            ends = Arrays.copyOf(ends, Math.min(MAX_WORDS, 2 * ends.length));
        }
        ends[wordCount++] = length;
        append(' ');
        return length;
    }

    private void appendLetter(int cp, int wordStart) {
        if (length - wordStart >= MAX_REPEAT && chars[length - 1] == cp && chars[length - 2] == cp) {
            return;
        }
        if (cp > Character.MAX_VALUE) {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        } else {
            append((char) cp);
        }
        if (isLatin(cp)) {
            latinLetters++;
        } else {
            otherLetters++;
        }
    }

    private void append(char c) {
        chars[length++] = c;
    }

    /**
     * The Latin letters of Western European languages first: they are nearly all the letters of the posts read here,
     * and the Unicode tables are slower to consult. Below U+0250, everything from U+00C0 on is a letter but the
     * multiplication and division signs.
     */
    private static boolean isLetter(int cp) {
        if (cp < 0x80) {
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        if (cp < 0x250) {
            return cp >= 0xC0 ? cp != 0xD7 && cp != 0xF7 : cp == 0xAA || cp == 0xB5 || cp == 0xBA;
        }
        return Character.isLetter(cp);
    }

    /**
     * Posts write headlines in mathematical bold, italic or script letters (U+1D400 to U+1D7FF, "𝐄𝐍 𝐃𝐈𝐑𝐄𝐂𝐓") for want of
     * fonts: they are read as the plain Latin letters they stand for.
     */
    private static int plainLetter(int cp) {
        if (cp >= 0x1D400 && cp <= 0x1D7FF) {
            String plain = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
            if (plain.length() == 1) {
                return plain.charAt(0);
            }
        }
        return cp;
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
            return c <= ' ' && (c == ' ' || Character.isWhitespace(c));
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The kept words as strings, built on demand: the identifier itself never asks for them. */
    private final class Words extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            if (index < 0 || index >= wordCount) {
                throw new IndexOutOfBoundsException(index);
            }
            return new String(chars, start(index), ends[index] - start(index));
        }

        @Override
        public int size() {
            return wordCount;
        }
    }
}
