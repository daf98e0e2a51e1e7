package io.pullwatch.core.language;

/**
 * Evidence from how the words that are not function words are spelled, for the texts that function words leave open
 * (headlines and one-line reviews often hold none: "Sydney hostage crisis", "superbe film émouvant"). Each spelling
 * convention below is common in one language and rare in the native words of the others among English, French,
 * Spanish, Portuguese, Italian, German and Dutch, so a few words bearing them, and none bearing a rival's, settle a
 * text without the statistical model:
 *
 * <ul>
 *   <li>English: "wh", "th", "sh", "ght", "tch", "dge"; a final "y" after a consonant ("funny", "story") or after
 *       "a" or "e" ("today", "money"); the endings "-ing", "-ed", "-ful", "-ous". English or Germanic: "w", "k".
 *   <li>French: its accented letters (é, è, ê, à, ç, œ...), "eau" ("beau", "nouveau"), and the endings "-eux",
 *       "-aux" and "-eur".
 *   <li>Germanic, not English: "sch", "ij", "aa", "uu", "cht", "tz", "oe", "ei", in a word without an English
 *       spelling ("weight" and "shoes" are English).
 *   <li>Spanish, Italian or Portuguese, not French: a final "o" ("nuevo", "questo", the article "o").
 *   <li>Neither English nor French: any letter outside their alphabets (ñ, á, ã, ü, ß, ł, Cyrillic...).
 * </ul>
 *
 * <p>Counts are of words. Function words are left out (they count in {@link FunctionWords}), and so is the clitic of
 * an elision or contraction: "l'année" is read as "année", "don't" as "t".
 */
final class Spelling {

    /**
     * Words bearing each kind of mark (a word may bear several); {@code englishOrGermanic} counts the words with an
     * English mark or a "w" or "k".
     */
    record Evidence(int english, int englishOrGermanic, int germanic, int french, int romance, int foreign) {}

    private Spelling() {}

    static Evidence of(SocialText text) {
        int english = 0;
        int englishOrGermanic = 0;
        int germanic = 0;
        int french = 0;
        int romance = 0;
        int foreign = 0;
        char[] chars = text.chars();
        for (int w = 0; w < text.wordCount(); w++) {
            int start = afterApostrophe(chars, text.start(w), text.end(w));
            int end = text.end(w);
            if (FunctionWords.isFunctionWord(chars, start, end)) {
                continue;
            }
            boolean isEnglish = isEnglish(chars, start, end);
            english += isEnglish ? 1 : 0;
            boolean hasWOrK = contains(chars, start, end, 'w') || contains(chars, start, end, 'k');
            englishOrGermanic += isEnglish || hasWOrK ? 1 : 0;
            germanic += !isEnglish && isGermanic(chars, start, end) ? 1 : 0;
            french += isFrench(chars, start, end) ? 1 : 0;
            romance += isRomance(chars, start, end) ? 1 : 0;
            foreign += isForeign(chars, start, end) ? 1 : 0;
        }
        return new Evidence(english, englishOrGermanic, germanic, french, romance, foreign);
    }

    private static boolean isEnglish(char[] chars, int start, int end) {
        int length = end - start;
        return length >= 3 && chars[end - 1] == 'y' && isEnglishBeforeFinalY(chars[end - 2])
                || length >= 5 && endsWith(chars, end, "ing")
                || length >= 4 && (endsWith(chars, end, "ed") || endsWith(chars, end, "ful")
                        || endsWith(chars, end, "ous"))
                || contains(chars, start, end, "wh") || contains(chars, start, end, "th")
                || contains(chars, start, end, "sh") || contains(chars, start, end, "ght")
                || contains(chars, start, end, "tch") || contains(chars, start, end, "dge");
    }

    /** "funny", "today", "money"; not "hoy", "muy", "soy", which are Spanish. */
    private static boolean isEnglishBeforeFinalY(char c) {
        return c == 'a' || c == 'e' || c >= 'b' && c <= 'z' && c != 'i' && c != 'o' && c != 'u' && c != 'y';
    }

    private static boolean isGermanic(char[] chars, int start, int end) {
        return contains(chars, start, end, "sch") || contains(chars, start, end, "ij")
                || contains(chars, start, end, "aa") || contains(chars, start, end, "uu")
                || contains(chars, start, end, "cht") || contains(chars, start, end, "tz")
                || contains(chars, start, end, "oe") || contains(chars, start, end, "ei");
    }

    /** A final "o" in a word of three letters or more, or the article "o" of Portuguese ("no", "go" are English). */
    private static boolean isRomance(char[] chars, int start, int end) {
        return chars[end - 1] == 'o' && end - start != 2;
    }

    private static boolean isFrench(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isFrenchAccented(chars[i])) {
                return true;
            }
        }
        int length = end - start;
        return length >= 4 && (endsWith(chars, end, "eux") || endsWith(chars, end, "aux")
                        || endsWith(chars, end, "eur") || length >= 5 && endsWith(chars, end, "eurs"))
                || hasFrenchEau(chars, start, end);
    }

    /** "beau", "nouveau", "bateaux"; not "beautiful" or "beauty", English words from French. */
    private static boolean hasFrenchEau(char[] chars, int start, int end) {
        for (int i = start; i + 3 <= end; i++) {
            if (chars[i] == 'e' && chars[i + 1] == 'a' && chars[i + 2] == 'u' && (i + 3 == end || chars[i + 3] != 't')) {
                return true;
            }
        }
        return false;
    }

    /** A letter neither English nor French writes: other Latin letters, and every other script. */
    private static boolean isForeign(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80 && !isFrenchAccented(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrenchAccented(char c) {
        return switch (c) {
            case 'é', 'è', 'ê', 'ë', 'à', 'â', 'î', 'ï', 'ô', 'û', 'ù', 'ç', 'œ', 'ÿ' -> true;
            default -> false;
        };
    }

    /** Where the word after an elided clitic begins ("l'année"), or {@code start}: the clitic is a function word. */
    private static int afterApostrophe(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] == '\'') {
                return i + 1;
            }
        }
        return start;
    }

    private static boolean contains(char[] chars, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (chars[i] == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(char[] chars, int start, int end, String part) {
        int last = end - part.length();
        for (int i = start; i <= last; i++) {
            if (chars[i] == part.charAt(0) && regionMatches(chars, i, part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(char[] chars, int end, String suffix) {
        return regionMatches(chars, end - suffix.length(), suffix);
    }

    private static boolean regionMatches(char[] chars, int from, String part) {
        for (int k = 0; k < part.length(); k++) {
            if (chars[from + k] != part.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
