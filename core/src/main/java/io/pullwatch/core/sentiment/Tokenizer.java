package io.pullwatch.core.sentiment;

import io.pullwatch.core.text.HtmlEntities;
import io.pullwatch.core.text.WhiteSpaceChunks;
import io.pullwatch.core.text.WordMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Single-pass tokenizer for the lexicon scorer. It yields lexicon keys (lower case, accents folded, letter runs of
 * three or more shortened to two), emoticons and emoji as whole tokens, and the punctuation the rules need: clause
 * breaks and sentence ends with their "!" and "?" counts. URLs, @handles and #hashtags are dropped: names like
 * "@happy" would otherwise score, and in brand feeds hashtags mostly label a campaign or topic ("#Win", "#best")
 * rather than state an opinion.
 *
 * <p>A scorer's tokenizer also hands each word its lexicon {@link Lexicon.Card}, and remembers the tokens of every
 * white-space-delimited chunk it has read: a chunk's tokens depend on its characters alone, and words follow Zipf's
 * law, so after a few thousand texts nearly every chunk costs one lookup instead of a character-by-character reading,
 * a {@code String} and a card lookup per word. Thread-safe: chunks are remembered in each thread's {@link WordMemo}.
 */
final class Tokenizer {

    enum Kind { WORD, SYMBOL, CLAUSE_BREAK, SENTENCE_END }

    /**
     * One token. {@code key} is what the lexicons are keyed by, and {@code card} what the lexicon knows about a word's
     * key (null for other tokens, and from a tokenizer without a lexicon); flags carry what the key lost. The key's
     * hash and the card's valence, rule and phrase facts are copied in: the scorer reads them for every word, and the
     * token is in the processor's cache where the card and the key's characters, for a rare word, are not.
     */
    record Token(Kind kind, String key, Lexicon.Card card, boolean allCaps, boolean elongated, int exclamations,
            int questions, int keyHash, float valence, boolean ruleWord, boolean startsPhrases) {

        Token(Kind kind, String key, Lexicon.Card card, boolean allCaps, boolean elongated, int exclamations,
                int questions) {
            this(kind, key, card, allCaps, elongated, exclamations, questions, key.hashCode(),
                    card == null ? Float.NaN : card.valence(), card != null && card.ruleWord(),
                    card != null && card.phrases().length > 0);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    private static final Token CLAUSE = new Token(Kind.CLAUSE_BREAK, ",", null, false, false, 0, 0);
    private static final Token[] NO_TOKENS = new Token[0];

    /** Longest emoticon looked for as a whole chunk. */
    private static final int MAX_EMOTICON = 8;
    /** Longer chunks (URLs, run-on text) are rarely seen twice: read each time, not remembered. */
    private static final int MAX_REMEMBERED_CHUNK = 40;

    private final Set<String> emoticons;
    private final Set<String> elisionPrefixes;
    /**
     * The characters emoticons start with (":" ";" "<" "x"...), folded to lower case: most chunks holding punctuation
     * ("good," "it.") cannot be an emoticon, and are ruled out without a lookup.
     */
    private final boolean[] emoticonStarts = new boolean[128];
    /** The card of a word key; null for a tokenizer without a lexicon, whose words carry no card. */
    private final Function<String, Lexicon.Card> cards;
    /**
     * The tokens of each chunk read before, in each thread's memo: the {@link Token} of a chunk that is one token (most
     * are), saving a read of an array per chunk, or a {@code Token[]}. Null for a tokenizer without a lexicon.
     */
    private final WordMemo.Column<Object> chunks;

    /**
     * A tokenizer for a lexicon's own entries, while the lexicon is being built: its words carry no card.
     *
     * @param emoticons whitespace-delimited chunks to keep whole (":)", ":-D", "<3")
     * @param elisionPrefixes folded prefixes split off at an apostrophe ("j" in "j'adore"); other apostrophes stay
     *     inside the word, so English "don't" remains one negator
     */
    Tokenizer(Set<String> emoticons, Set<String> elisionPrefixes) {
        this(emoticons, elisionPrefixes, null);
    }

    /** A scorer's tokenizer: each word carries its card from {@code cards}, and chunks are remembered. */
    Tokenizer(Set<String> emoticons, Set<String> elisionPrefixes, Function<String, Lexicon.Card> cards) {
        this.emoticons = emoticons;
        this.elisionPrefixes = elisionPrefixes;
        this.cards = cards;
        this.chunks = cards == null ? null : new WordMemo.Column<>("sentiment tokens");
        for (String emoticon : emoticons) {
            char first = Character.toLowerCase(emoticon.charAt(0));
            if (first < 128) {
                emoticonStarts[first] = true;
            }
        }
    }

    private boolean mayStartEmoticon(char c) {
        char lower = Character.toLowerCase(c);
        return lower >= 128 || emoticonStarts[lower];
    }

    List<Token> tokenize(String text) {
        WhiteSpaceChunks split = WhiteSpaceChunks.of(text);
        int count = split.count();
        WordMemo memo = chunks == null ? null : WordMemo.ofThisThread();
        Object[] known = new Object[count];
        if (memo != null) {
            memo.getAll(chunks, split, MAX_REMEMBERED_CHUNK, known);
        }
        List<Token> tokens = new ArrayList<>(expectedTokens(known, split));
        for (int k = 0; k < count; k++) {
            addSentenceEnds(split.blankLinesBefore(k), tokens);
            int start = split.start(k);
            int end = split.end(k);
            Object chunkTokens = known[k];
            if (chunkTokens == null) {
                if (memo == null || end - start > MAX_REMEMBERED_CHUNK) {
                    tokenizeWholeChunk(text, start, end, tokens);
                    continue;
                }
                List<Token> read = new ArrayList<>(4);
                tokenizeWholeChunk(text, start, end, read);
                chunkTokens = read.size() == 1 ? read.get(0) : read.toArray(NO_TOKENS);
                memo.put(chunks, split.chars(), start, end, chunkTokens);
            }
            if (chunkTokens instanceof Token token) {
                addRemembered(token, tokens);
            } else {
                for (Token token : (Token[]) chunkTokens) {
                    addRemembered(token, tokens);
                }
            }
        }
        addSentenceEnds(split.blankLinesBefore(count), tokens);
        return tokens;
    }

    /**
     * How many tokens the chunks will give, counting those not remembered as two, a remembered clause break, which
     * may be dropped, as none, and a sentence end for each blank line. Reading every remembered chunk's tokens here, in
     * a loop that does nothing else, lets the processor fetch the rare ones from memory all at once rather than one at
     * a time while tokenizing.
     */
    private static int expectedTokens(Object[] known, WhiteSpaceChunks split) {
        int count = split.count();
        int tokens = split.blankLinesBefore(count);
        for (int k = 0; k < count; k++) {
            tokens += split.blankLinesBefore(k);
            Object chunkTokens = known[k];
            if (chunkTokens == null) {
                tokens += 2;
            } else if (chunkTokens instanceof Token token) {
                tokens += token.kind() == Kind.CLAUSE_BREAK ? 0 : 1;
            } else {
                tokens += ((Token[]) chunkTokens).length;
            }
        }
        return tokens + 1;
    }

    /** A blank line ends a thought even without a full stop. */
    private static void addSentenceEnds(int blankLines, List<Token> tokens) {
        for (int b = 0; b < blankLines; b++) {
            addSentenceEnd(tokens, 0, 0);
        }
    }

    /**
     * Tokenizes one white-space-delimited chunk: skipped, an emoticon, or words, symbols and punctuation; read with its
     * HTML references decoded, as social APIs send "<3" as "&lt;3".
     */
    private void tokenizeWholeChunk(String text, int start, int end, List<Token> tokens) {
        if (HtmlEntities.mayHold(text, start, end)) {
            String decoded = HtmlEntities.decode(text.substring(start, end));
            tokenizeDecodedChunk(decoded, 0, decoded.length(), tokens);
        } else {
            tokenizeDecodedChunk(text, start, end, tokens);
        }
    }

    private void tokenizeDecodedChunk(String text, int start, int end, List<Token> tokens) {
        if (isSkipped(text, start, end)) {
            return;
        }
        if (end - start <= MAX_EMOTICON && mayStartEmoticon(text.charAt(start)) && !isAllLetters(text, start, end)) {
            String chunk = text.substring(start, end);
            if (emoticons.contains(chunk) || emoticons.contains(chunk.toLowerCase(Locale.ROOT))) {
                tokens.add(new Token(Kind.SYMBOL, emoticons.contains(chunk) ? chunk
                        : chunk.toLowerCase(Locale.ROOT), null, false, false, 0, 0));
                return;
            }
        }
        tokenizeChunk(text, start, end, tokens);
    }

    /** A chunk read alone may open with a clause break that follows one ending the chunk before. */
    private static void addRemembered(Token token, List<Token> tokens) {
        if (token.kind() != Kind.CLAUSE_BREAK || !endsWithClauseBreak(tokens)) {
            tokens.add(token);
        }
    }

    private static boolean endsWithClauseBreak(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Kind.CLAUSE_BREAK;
    }

    /** A word token, with its card when this tokenizer has a lexicon. */
    private Token word(String key, boolean allCaps, boolean elongated) {
        return new Token(Kind.WORD, key, cards == null ? null : cards.apply(key), allCaps, elongated, 0, 0);
    }

    private void tokenizeChunk(String text, int start, int end, List<Token> tokens) {
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            // Words are read by UTF-16 unit, so a word starts only where readWord can read one: a letter outside
            // the BMP (the "𝗯𝗼𝗹𝗱" fonts of social posts) is skipped below like any other symbol.
            if (Character.isLetterOrDigit(text.charAt(i))) {
                i = readWord(text, i, end, tokens);
            } else if (cp == '!' || cp == '?' || cp == '.' || cp == '…') {
                int bangs = 0;
                int questions = 0;
                while (i < end) {
                    char p = text.charAt(i);
                    if (p == '!') {
                        bangs++;
                    } else if (p == '?') {
                        questions++;
                    } else if (p != '.' && p != '…') {
                        break;
                    }
                    i++;
                }
                addSentenceEnd(tokens, bangs, questions);
            } else if (cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '–' || cp == '—') {
                if (!endsWithClauseBreak(tokens)) {
                    tokens.add(CLAUSE);
                }
                i += width;
            } else if (cp == '&' && isHtmlEntity(text, i, end)) {
                i = text.indexOf(';', i) + 1; // "&nbsp;", "&hellip;": markup HtmlEntities leaves, not words
            } else if (isEmoji(cp)) {
                tokens.add(new Token(Kind.SYMBOL, new String(Character.toChars(cp)), null, false, false, 0, 0));
                i += width;
            } else {
                i += width; // quotes, hyphens, variation selectors, zero-width joiners, skin tones: no meaning here
            }
        }
    }

    /** Reads letters, digits and inner apostrophes; splits French elisions such as "j'" and "qu'". */
    private int readWord(String text, int start, int end, List<Token> tokens) {
        KeyBuffer key = new KeyBuffer(end - start);
        boolean upper = false;
        boolean lower = false;
        boolean elongated = false;
        int run = 0;
        char last = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                if (i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                    if (elisionPrefixes.contains(key.toString())) {
                        tokens.add(word(key.toString(), false, false));
                        key.setLength(0);
                        run = 0;
                        last = 0;
                        i++;
                        continue;
                    }
                    key.append('\'');
                    last = '\'';
                    run = 1;
                    i++;
                    continue;
                }
                break;
            }
            if (c == '-' && i + 1 < end && Character.isLetter(text.charAt(i + 1)) && key.length() > 0) {
                key.append('-'); // compounds stay whole as in VADER's lexicon ("well-made", "peut-être")
                last = '-';
                run = 1;
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                break;
            }
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            }
            char folded = fold(Character.toLowerCase(c));
            run = folded == last ? run + 1 : 1;
            last = folded;
            if (run <= 2 || Character.isDigit(c)) {
                key.append(folded);
            } else {
                elongated = true;
            }
            i++;
        }
        if (key.length() > 0) {
            // Two-letter capitals are mostly acronyms ("RT", "FF", "OK"), not shouting.
            boolean allCaps = upper && !lower && key.length() > 2;
            tokens.add(word(key.toString(), allCaps, elongated));
        }
        return i;
    }

    /** The folded characters of one word; a plain array rather than a StringBuilder, as words are short. */
    private static final class KeyBuffer {
        private final char[] chars;
        private int length;

        KeyBuffer(int capacity) {
            chars = new char[capacity];
        }

        void append(char c) {
            chars[length++] = c;
        }

        int length() {
            return length;
        }

        void setLength(int newLength) {
            length = newLength;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    private static void addSentenceEnd(List<Token> tokens, int bangs, int questions) {
        tokens.add(new Token(Kind.SENTENCE_END, ".", null, false, false, bangs, questions));
    }

    private static boolean isSkipped(String text, int start, int end) {
        char c = text.charAt(start);
        return (c == '@' || c == '#') && end - start > 1
                || text.startsWith("http://", start) || text.startsWith("https://", start)
                || text.startsWith("www.", start);
    }

    private static boolean isHtmlEntity(String text, int start, int end) {
        int semicolon = text.indexOf(';', start);
        if (semicolon < 0 || semicolon >= end || semicolon - start > 7 || semicolon - start < 3) {
            return false;
        }
        return isAllLetters(text, start + 1, semicolon);
    }

    private static boolean isAllLetters(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmoji(int cp) {
        return cp >= 0x2190 && cp != 0xFE0F && cp != 0x200D && !(cp >= 0x1F3FB && cp <= 0x1F3FF)
                && Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /** Folds the Latin accents French and loanwords use, so "tres", "très" and "TRÈS" share one key. */
    static char fold(char c) {
        if (c < 0xC0) {
            return c;
        }
        return switch (c) {
            case 'à', 'â', 'ä', 'á', 'ã', 'å' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'î', 'ï', 'í', 'ì' -> 'i';
            case 'ô', 'ö', 'ó', 'ò', 'õ' -> 'o';
            case 'ù', 'û', 'ü', 'ú' -> 'u';
            case 'ç' -> 'c';
            case 'ÿ' -> 'y';
            case 'ñ' -> 'n';
            default -> c;
        };
    }

    /** Folds a whole lexicon entry the same way the tokenizer folds text. */
    static String foldKey(String entry) {
        StringBuilder sb = new StringBuilder(entry.length());
        String lower = entry.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (int i = 0; i < lower.length(); i++) {
            sb.append(fold(lower.charAt(i)));
        }
        return sb.toString();
    }
}
