package io.pullwatch.core.sentiment;

import io.pullwatch.core.text.Lookups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Word, phrase, stem and symbol valences for one language, on VADER's -4..4 scale, keyed the way {@link Tokenizer}
 * folds text. Built once from the shipped resources, then read-only (safe to share between threads).
 *
 * <p>Sources are merged by precedence, the first that knows a word wins: the language's own idioms, then the
 * hand-rated lexicon (VADER for English, multilang AFINN-fr for French), then AFINN (English 165, its words rated ±2
 * or more; French 165), then for French Pattern's stems matched as prefixes. Within VADER's file a word rated twice
 * keeps its later rating, and a few internet acronyms that spell ordinary words are left out
 * ({@link VaderRatings}). AFINN's integer levels are mapped onto VADER's scale by {@link AfinnCalibration};
 * Pattern's -1..1 is scaled by 3.2 so a "superb" weighs about what VADER gives it.
 */
final class Lexicon {

    private static final float PATTERN_SCALE = 3.2f;
    /**
     * The weakest AFINN level an English word needs to be added to VADER's. AFINN is one annotator's integer ratings;
     * among the words VADER's ten raters did not rate, those AFINN puts at ±1 are mostly words whose sentiment
     * depends on what they describe ("big data", "new capabilities", "forgot my password"), and on brand tweets they
     * turned neutral posts polar (EVALUATION.md, Sanders). From ±2 up AFINN's words carry their sentiment alone ("gem",
     * "flawless"). French has no crowd-rated lexicon to stand beside, so all its AFINN levels count.
     */
    static final int MIN_ADDED_AFINN_LEVEL = 2;
    private static final String VADER_LEXICON = "vader/vader_lexicon.txt";
    /**
     * Entries of VADER's internet-slang block that spell ordinary English words whose ordinary sense carries no
     * sentiment: "hand" is rated 2.2 as "have a nice day", "pita" -2.4 as "pain in the ass", and the slang reading
     * would score "second-hand", "on the other hand", "pita bread" or the emoji "raised hand". Chosen as the block's
     * entries found in a standard English word list (SCOWL american-english, lower case), less those whose ordinary
     * sense carries the slang's sentiment too ("heart", "true", "snafu", "awol") and "sob", which the word block rates
     * again as crying.
     */
    private static final Set<String> VADER_SLANG_HOMOGRAPHS = Set.of("hand", "l", "pita", "qt", "slap", "slaw", "wag");
    /** Bounds the card cache (about 17 MB per language when full). */
    static final int MAX_CARDS = 150_000;
    /** Pattern stems shorter than this only match whole words: "bon" must not score "bonjour". */
    private static final int MIN_PREFIX_STEM = 5;
    /** Longest inflectional ending a stem may leave unmatched ("abomin|ables"). */
    private static final int MAX_STEM_TAIL = 6;

    /** One multi-word entry; its keys are tokenized like the text it is matched against. */
    record Phrase(String[] keys, float valence) {}

    /**
     * What the scorer needs about one key: its valence (NaN when unknown), the phrases that may start with it, longest
     * first, and whether any language rule (negation, boosting, contrast, concession) may react to it. Most words are
     * not rule words, and the scorer skips every rule check for them. {@code phrasesBySecondKey} holds the same
     * phrases by their second key, in the same order: French "la" starts 35 phrases, and the scorer tries only those
     * whose second key is the next word; {@code secondKeyHashes}, sorted, tells it when none is.
     */
    record Card(float valence, Phrase[] phrases, boolean ruleWord, Map<String, Phrase[]> phrasesBySecondKey,
            int[] secondKeyHashes) {

        Card(float valence, Phrase[] phrases, boolean ruleWord) {
            this(valence, phrases, ruleWord, bySecondKey(phrases), secondKeyHashes(phrases));
        }

        private static int[] secondKeyHashes(Phrase[] phrases) {
            return Arrays.stream(phrases).map(phrase -> phrase.keys()[1]).distinct().mapToInt(String::hashCode)
                    .sorted().toArray();
        }

        private static Map<String, Phrase[]> bySecondKey(Phrase[] phrases) {
            if (phrases.length == 0) {
                return Map.of();
            }
            Map<String, List<Phrase>> grouped = new LinkedHashMap<>();
            for (Phrase phrase : phrases) {
                grouped.computeIfAbsent(phrase.keys()[1], key -> new ArrayList<>()).add(phrase);
            }
            Map<String, Phrase[]> bySecond = new HashMap<>();
            grouped.forEach((second, group) -> bySecond.put(second, group.toArray(new Phrase[0])));
            return Lookups.mapOf(bySecond);
        }
    }

    private final Map<String, Float> words;
    private final Map<String, Phrase[]> phrasesByFirstKey;
    private final Map<String, Float> stems;
    private final Map<String, Float> symbols;
    private final LanguageRules rules;
    private final Tokenizer tokenizer;
    /**
     * The card of every key seen before. Words follow Zipf's law, so after a few thousand texts nearly every word costs
     * one lookup instead of a chain of rewrites, stem prefixes and rule-list checks. Emptied when it reaches
     * {@link #MAX_CARDS}, so that a stream of never-repeated junk cannot grow it without bound; cards are rebuilt on
     * demand with the same content.
     */
    private final Map<String, Card> cards = new ConcurrentHashMap<>();

    private Lexicon(LanguageRules rules, Map<String, Float> words, Map<String, List<Phrase>> phrases,
            Map<String, Float> stems, Map<String, Float> symbols) {
        this.rules = rules;
        this.words = Lookups.mapOf(words);
        Map<String, Phrase[]> byFirst = new HashMap<>();
        phrases.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Phrase p) -> p.keys().length).reversed());
            byFirst.put(first, list.toArray(Phrase[]::new));
        });
        this.phrasesByFirstKey = Lookups.mapOf(byFirst);
        this.stems = Lookups.mapOf(stems);
        this.symbols = Lookups.mapOf(symbols);
        this.tokenizer = new Tokenizer(symbols.keySet(), rules.elisionPrefixes(), this::card);
    }

    static Lexicon english() {
        return Holder.ENGLISH;
    }

    static Lexicon french() {
        return Holder.FRENCH;
    }

    /** Lazy, thread-safe, load-once (class initialisation is serialised by the JVM). */
    private static final class Holder {
        private static final AfinnCalibration AFINN = AfinnCalibration.fromLexicons();
        static final Lexicon ENGLISH;
        static final Lexicon FRENCH;

        static {
            VaderRatings vader = VaderRatings.read(); // read once for both lexicons, then let go
            Map<String, Float> symbols = loadSymbols(vader);
            ENGLISH = loadEnglish(symbols, vader.words());
            FRENCH = loadFrench(symbols);
        }
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    LanguageRules rules() {
        return rules;
    }

    /** Valence of a symbol token (emoticon or emoji), or NaN. */
    float symbol(String key) {
        Float v = symbols.get(key);
        return v == null ? Float.NaN : v;
    }

    private static final Phrase[] NO_PHRASES = new Phrase[0];
    /**
     * The card of every word nothing knows about, which is most words of a text: one shared card stays in the
     * processor's cache, where a card of its own per word would be read from memory for each rare word.
     */
    private static final Card UNKNOWN_WORD = new Card(Float.NaN, NO_PHRASES, false);

    private static Card cardOf(float valence, Phrase[] phrases, boolean ruleWord) {
        return Float.isNaN(valence) && phrases.length == 0 && !ruleWord ? UNKNOWN_WORD
                : new Card(valence, phrases, ruleWord);
    }

    /** The card of a word key (as the tokenizer folds it). */
    Card card(String key) {
        Card card = cards.get(key);
        if (card == null) {
            Phrase[] phrases = phrasesByFirstKey.getOrDefault(key, NO_PHRASES);
            card = cardOf(resolve(key, false), phrases, rules.isRuleWord(key));
            if (cards.size() >= MAX_CARDS) {
                cards.clear(); // a stream of ever-new words: start afresh rather than grow without bound
            }
            cards.put(key, card);
        }
        return card;
    }

    /**
     * Valence of a word, or NaN when no source knows it. Tries the key as written, then the social spelling's
     * meaning, then the shortened form of an elongated word ("nuul" → "nul"), then inflection rewrites, then stems.
     */
    float word(String key, boolean elongated) {
        return elongated ? resolve(key, true) : card(key).valence();
    }

    private float resolve(String key, boolean elongated) {
        float v = lookup(key);
        if (!Float.isNaN(v)) {
            return v;
        }
        String alias = rules.aliases().get(key);
        if (alias != null) {
            return lookup(alias);
        }
        if (elongated) {
            v = lookup(squeeze(key));
            if (!Float.isNaN(v)) {
                return v;
            }
        }
        return stemmed(key);
    }

    private float lookup(String key) {
        Float v = words.get(key);
        return v == null ? Float.NaN : v;
    }

    private float stemmed(String key) {
        if (key.length() < 4) {
            return Float.NaN;
        }
        for (String[] rewrite : rules.suffixRewrites()) {
            String suffix = rewrite[0];
            int base = key.length() - suffix.length();
            // at least three letters once rewritten: "bonne" → "bon", but never "fee" → "fe"
            if (base >= 2 && base + rewrite[1].length() >= 3 && key.endsWith(suffix)) {
                float v = lookup(key.substring(0, key.length() - suffix.length()) + rewrite[1]);
                if (!Float.isNaN(v)) {
                    return v;
                }
            }
        }
        if (stems.isEmpty()) {
            return Float.NaN;
        }
        Float exact = stems.get(key);
        if (exact != null) {
            return exact;
        }
        for (int len = key.length() - 1; len >= Math.max(MIN_PREFIX_STEM, key.length() - MAX_STEM_TAIL); len--) {
            Float v = stems.get(key.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        return Float.NaN;
    }

    /** Collapses every doubled letter: the tokenizer already capped runs at two, "nuul" → "nul", "soo" → "so". */
    static String squeeze(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        char last = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != last) {
                sb.append(c);
            }
            last = c;
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- loading

    private static Lexicon loadEnglish(Map<String, Float> symbols, Map<String, Float> vaderWords) {
        LanguageRules rules = EnglishRules.INSTANCE;
        Tokenizer phraseTokenizer = new Tokenizer(Set.of(), rules.elisionPrefixes());
        Map<String, Float> words = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        BiConsumer<String, Float> add = (entry, v) -> addEntry(phraseTokenizer, entry, v, words, phrases);
        rules.idioms().forEach(add);
        vaderWords.forEach(add);
        LexiconFiles.readTsv("afinn/AFINN-en-165.txt", (entry, v) -> {
            if (Math.abs(v) >= MIN_ADDED_AFINN_LEVEL) {
                add.accept(entry, Holder.AFINN.toVader(v));
            }
        });
        removeBoosters(rules, words);
        return new Lexicon(rules, words, phrases, Map.of(), symbols);
    }

    /** Boosters modify, they are not scored themselves (VADER), unless they have a sense of their own ("bien"). */
    private static void removeBoosters(LanguageRules rules, Map<String, Float> words) {
        rules.boosters().keySet().stream().filter(key -> !rules.boostersWithASenseOfTheirOwn().contains(key))
                .forEach(words::remove);
    }

    private static Lexicon loadFrench(Map<String, Float> symbols) {
        LanguageRules rules = FrenchRules.INSTANCE;
        Tokenizer phraseTokenizer = new Tokenizer(Set.of(), rules.elisionPrefixes());
        Map<String, Float> words = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        BiConsumer<String, Float> add = (entry, v) -> addEntry(phraseTokenizer, entry, v, words, phrases);
        rules.idioms().forEach(add);
        LexiconFiles.readJson("fr/AFINN-fr-multilang.json").forEach((entry, v) -> add.accept(entry, Holder.AFINN.toVader(v)));
        LexiconFiles.readTsv("afinn/AFINN-fr-165.txt", (entry, v) -> add.accept(entry, Holder.AFINN.toVader(v)));
        Map<String, Float> stems = new HashMap<>();
        LexiconFiles.readJson("fr/pattern_fr_stems.json").forEach((stem, v) -> {
            if (v != 0f) {
                stems.putIfAbsent(Tokenizer.foldKey(stem), v * PATTERN_SCALE);
            }
        });
        for (String neutral : rules.functionWords()) {
            words.put(neutral, 0f); // an explicit 0 stops the stem fallback as well
        }
        removeBoosters(rules, words);
        return new Lexicon(rules, words, phrases, stems, symbols);
    }

    /**
     * Emoticons from VADER and AFINN, and emoji scored once here from VADER's descriptions ("smiling face with
     * hearts") through the English word lexicon, so scoring never re-reads a description.
     */
    private static Map<String, Float> loadSymbols(VaderRatings vader) {
        Map<String, Float> symbols = new HashMap<>(vader.emoticons());
        LexiconFiles.readTsv("afinn/AFINN-emoticon-8.txt", (entry, v) -> symbols.putIfAbsent(entry, Holder.AFINN.toVader(v)));
        Map<String, Float> englishWords = new HashMap<>(vader.words());
        LexiconFiles.readTsv("afinn/AFINN-en-165.txt", (entry, v) -> englishWords.putIfAbsent(entry, Holder.AFINN.toVader(v)));
        LexiconFiles.readLines("vader/emoji_utf8_lexicon.txt", line -> {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                return;
            }
            String emoji = line.substring(0, tab);
            float sum = 0f;
            for (String w : line.substring(tab + 1).toLowerCase().split("[^a-z']+")) {
                Float v = englishWords.get(w);
                if (v != null) {
                    sum += v;
                }
            }
            if (sum != 0f) {
                // Keyed by the first code point: the tokenizer emits each emoji alone, without modifiers.
                String first = new String(Character.toChars(emoji.codePointAt(0)));
                symbols.putIfAbsent(first, Math.max(-4f, Math.min(4f, sum)));
            }
        });
        return symbols;
    }

    /**
     * VADER's file, split into words (and phrases) and emoticons. Where the file rates a token twice, once in the
     * internet-slang block at its head and again further down:
     * <ul>
     *   <li>a word keeps the later rating, the one VADER scores with (its loader fills a dictionary line by line):
     *       "lol" 1.8, not 2.9; "ok" 1.2, not 1.6;
     *   <li>an emoticon keeps the emoticon block's rating: "d:" (that is "D:") -2.9, not the word block's 1.2.
     * </ul>
     * Less {@link #VADER_SLANG_HOMOGRAPHS}.
     */
    private record VaderRatings(Map<String, Float> words, Map<String, Float> emoticons) {

        static VaderRatings read() {
            Map<String, Float> words = new LinkedHashMap<>();
            Map<String, Float> emoticons = new HashMap<>();
            LexiconFiles.readTsv(VADER_LEXICON, (entry, v) -> {
                if (!isWordy(entry)) {
                    emoticons.putIfAbsent(entry, v);
                } else if (!VADER_SLANG_HOMOGRAPHS.contains(entry)) {
                    words.put(entry, v);
                }
            });
            return new VaderRatings(words, emoticons);
        }
    }

    /** Entries made of letters are words or phrases; the rest (":-)", ":D", "</3") are emoticons. */
    private static boolean isWordy(String entry) {
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '-' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void addEntry(Tokenizer tokenizer, String entry, float valence, Map<String, Float> words,
            Map<String, List<Phrase>> phrases) {
        List<Tokenizer.Token> tokens = tokenizer.tokenize(entry);
        if (tokens.isEmpty() || !tokens.stream().allMatch(Tokenizer.Token::isWord)) {
            return;
        }
        if (tokens.size() == 1) {
            words.putIfAbsent(tokens.get(0).key(), valence);
            return;
        }
        String[] keys = tokens.stream().map(Tokenizer.Token::key).toArray(String[]::new);
        List<Phrase> list = phrases.computeIfAbsent(keys[0], k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> Arrays.equals(p.keys(), keys))) {
            list.add(new Phrase(keys, valence));
        }
    }
}
