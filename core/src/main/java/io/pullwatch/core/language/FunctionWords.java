package io.pullwatch.core.language;

import io.pullwatch.core.text.Lookups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cheap evidence from closed-class words. Articles, pronouns, prepositions, auxiliaries and conjunctions make up a
 * large share of any running text, are few, and differ between English and French, so counting them tells the two
 * apart in a microsecond or two. Every word of every text is looked up, so the lists are kept in a {@link WordTable}
 * read straight from the characters {@link SocialText} keeps, and a {@link Tally} stops the reading once the count
 * is beyond doubt.
 *
 * <p>Words common to English and French ("a", "on", "me", "son", "car", "plus", "non", "dont") are left out.
 * Words that English or French share with a neighbouring language ("la", "de", "il" in Italian or Spanish; "is",
 * "we", "in" in Dutch or German) count, but are not {@code distinct}: a text needs at least one distinct word of
 * its language, so an Italian "il prezzo, la qualità" is not taken for French. A third list holds frequent Spanish,
 * Portuguese, Italian, German and Dutch function words, which flag texts that may be in neither language.
 */
final class FunctionWords {

    /**
     * Counts of words pointing to English, to French, and to another Western European language; the
     * {@code distinct} counts are the part of {@code english} and {@code french} no neighbouring language shares.
     */
    record Evidence(int english, int englishDistinct, int french, int frenchDistinct, int other) {}

    private static final Set<String> ENGLISH_DISTINCT = Lookups.setOf(
            "the", "and", "of", "to", "are", "were", "be", "been", "being", "it", "its", "this", "that", "these",
            "those", "with", "for", "from", "by", "at", "about", "into", "you", "your", "yours", "our", "they",
            "their", "them", "he", "she", "him", "her", "his", "my", "us", "not", "have", "has", "do", "does", "did",
            "would", "can", "could", "should", "must", "just", "but", "what", "when", "where", "who", "why", "how",
            "which", "there", "here", "all", "some", "any", "very", "too", "out", "up", "if", "than", "then", "get",
            "got", "like", "because", "really", "after", "before", "only", "other", "off", "now", "well", "back",
            "much", "many", "most", "never", "always", "still", "again", "think", "know", "want", "need", "going",
            "make", "every", "way", "new", "good", "great", "love", "thanks", "yes",
            // quantifiers, ordinals and comparatives that carry short posts without other function words ("best
            // show ever", "one word", "worse than...")
            "one", "ever", "more", "down", "first", "next", "own", "same", "such", "each", "both", "few", "better",
            "worse",
            // contractions typed without their apostrophe, and common abbreviations of social media
            "im", "cant", "wont", "didnt", "doesnt", "isnt", "thats", "gonna", "wanna", "gotta", "thx", "pls", "plz",
            "ur");

    private static final Set<String> ENGLISH_SHARED = Lookups.setOf(
            "in", "is", "i", "so", "am", "was", "had", "we", "u", "over", "even", "also", "will");

    private static final Set<String> FRENCH_DISTINCT = Lookups.setOf(
            "les", "des", "une", "et", "est", "sont", "ce", "cette", "ces", "cet", "je", "elle", "nous", "vous",
            "ils", "elles", "pas", "quoi", "dans", "avec", "pour", "par", "où", "donc", "très", "trop", "tout",
            "tous", "toute", "toutes", "mon", "ton", "ta", "tes", "notre", "votre", "leur", "leurs", "au", "aux",
            "été", "être", "avoir", "avait", "était", "fait", "faire", "moi", "toi", "lui", "même", "aussi", "comme",
            "sans", "sous", "chez", "encore", "déjà", "toujours", "jamais", "rien", "peu", "beaucoup", "merci",
            "oui", "voilà", "ça", "cela", "ceci", "celui", "celle", "alors", "quand", "parce", "puis", "ici",
            "vraiment", "peut", "suis", "vais", "vont", "avez", "avons", "ont", "sera", "mieux", "depuis", "faut",
            // social-media French: abbreviations, and elisions typed without their apostrophe
            "mdr", "ptdr", "tkt", "bcp", "stp", "svp", "jsuis", "chui", "jsp", "pcq", "cest", "jai");

    private static final Set<String> FRENCH_SHARED = Lookups.setOf(
            "le", "la", "de", "du", "un", "que", "qui", "en", "y", "il", "tu", "ma", "sa", "ses", "mes", "nos",
            "vos", "mais", "ou", "entre", "va", "bien", "sur", "ne", "quel", "quelle", "ai", "à", "là",
            "hier"); // "yesterday", and German and Dutch for "here"

    private static final Set<String> OTHER = Lookups.setOf(
            // Spanish
            "el", "los", "las", "del", "por", "para", "una", "pero", "porque", "esta", "este", "cuando", "muy",
            "sin", "también", "hasta", "hay", "donde", "quien", "desde", "todo", "eso", "esto", "ellos", "yo",
            "nada", "ella", "estar", "está", "fue", "ser", "tiene", "gracias", "hola", "bueno", "lo", "mucho",
            "qué", "pues", "ahora",
            // Portuguese
            "não", "você", "muito", "obrigado", "obrigada", "isso", "isto", "são", "tem", "ele", "ela", "meu",
            "minha", "seu", "sua", "dos", "ao", "aos", "pelo", "pela", "então", "ainda", "aqui", "agora", "vou",
            "vai", "bem", "tudo", "hoje", "quem", "uma",
            // Italian
            "di", "che", "sono", "questo", "questa", "della", "delle", "nella", "alla", "gli", "anche", "più",
            "perché", "molto", "tutto", "io", "noi", "voi", "loro", "sei", "hai", "abbiamo", "essere", "grazie",
            "ciao", "bene", "sempre", "ancora", "oggi", "cosa", "chi", "già", "è",
            // German
            "der", "das", "und", "ist", "nicht", "ich", "sie", "wir", "ihr", "mit", "auf", "für", "von", "ein",
            "eine", "einen", "einem", "auch", "sich", "aber", "wie", "wenn", "noch", "nur", "schon", "oder",
            "sehr", "kein", "keine", "mein", "haben", "sind", "wird", "werden", "bei", "nach", "aus", "über",
            "heute", "immer", "danke", "doch", "jetzt", "dass", "warum", "dem", "zu",
            // Dutch
            "het", "een", "ik", "niet", "zijn", "voor", "maar", "ook", "bij", "nog", "hij", "wel", "uit", "naar",
            "heb", "mijn", "geen", "hebben", "deze", "moet", "veel", "toch", "echt", "goed", "jij", "zij", "wij",
            "omdat", "waarom");

    private enum Kind { ENGLISH_DISTINCT, ENGLISH_SHARED, FRENCH_DISTINCT, FRENCH_SHARED, OTHER }

    /** All lists in one table, so that each word costs one lookup. */
    private static final WordTable<Kind> KINDS = kinds();

    private enum Elision { FRENCH, SHARED, ITALIAN }

    /**
     * What comes before the apostrophe of an elided clitic: French only ("j'adore", "qu'il", "n'est"), shared with
     * Italian ("l'amore", "c'è", "m'ha"), or Italian articles and prepositions ("dell'anno", "un'altra").
     */
    private static final WordTable<Elision> ELISIONS = elisions(Map.of(
            Elision.FRENCH, Set.of("j", "qu", "n", "jusqu", "lorsqu", "puisqu"),
            Elision.SHARED, Set.of("l", "d", "c", "s", "m", "t"),
            Elision.ITALIAN, Set.of("dell", "nell", "all", "sull", "dall", "un", "quest")));
    /** English contraction endings: "don't", "it's", "i'm", "you're", "we've", "they'll", "i'd". */
    private static final WordTable<Boolean> ENGLISH_CONTRACTIONS = setOf("t", "s", "m", "re", "ve", "ll", "d");

    private FunctionWords() {}

    /** Counts the function words among lower-cased words (see {@link SocialText#words}). */
    static Evidence count(List<String> words) {
        Tally tally = new Tally();
        for (String word : words) {
            tally.word(word.toCharArray(), 0, word.length());
        }
        return tally.evidence();
    }

    /** Whether {@code chars[start, end)} is one of the listed words, of any language. */
    static boolean isFunctionWord(char[] chars, int start, int end) {
        return KINDS.contains(chars, start, end);
    }

    private static WordTable<Kind> kinds() {
        Map<String, Kind> kinds = new HashMap<>();
        ENGLISH_DISTINCT.forEach(word -> kinds.put(word, Kind.ENGLISH_DISTINCT));
        ENGLISH_SHARED.forEach(word -> kinds.put(word, Kind.ENGLISH_SHARED));
        FRENCH_DISTINCT.forEach(word -> kinds.put(word, Kind.FRENCH_DISTINCT));
        FRENCH_SHARED.forEach(word -> kinds.put(word, Kind.FRENCH_SHARED));
        OTHER.forEach(word -> kinds.put(word, Kind.OTHER));
        return new WordTable<>(kinds);
    }

    private static WordTable<Elision> elisions(Map<Elision, Set<String>> heads) {
        Map<String, Elision> elisions = new HashMap<>();
        heads.forEach((kind, words) -> words.forEach(word -> elisions.put(word, kind)));
        return new WordTable<>(elisions);
    }

    private static WordTable<Boolean> setOf(String... words) {
        Map<String, Boolean> set = new HashMap<>();
        for (String word : words) {
            set.put(word, Boolean.TRUE);
        }
        return new WordTable<>(set);
    }

    /**
     * The counts for one text, taken word by word as the text is read. Once one language has {@value #SETTLED}
     * function words, two of them its own, and no other language has any, the rest of the text would not change the
     * verdict, so the reading stops there: a long review is settled by its first sentence or two.
     */
    static final class Tally implements SocialText.Reader {
        static final int SETTLED = 7;

        private int englishDistinct;
        private int englishShared;
        private int frenchDistinct;
        private int frenchShared;
        private int other;

        @Override
        public boolean read(char[] chars, int start, int end) {
            word(chars, start, end);
            return !isSettled();
        }

        private boolean isSettled() {
            int english = englishDistinct + englishShared;
            int french = frenchDistinct + frenchShared;
            return english >= SETTLED && englishDistinct >= 2 && french + other == 0
                    || french >= SETTLED && frenchDistinct >= 2 && english + other == 0;
        }

        void word(char[] chars, int start, int end) {
            int apostrophe = start;
            while (apostrophe < end && chars[apostrophe] != '\'') {
                apostrophe++;
            }
            if (apostrophe > start && apostrophe < end) {
                contraction(chars, start, apostrophe, end);
            } else {
                plainWord(chars, start, end);
            }
        }

        private void plainWord(char[] chars, int start, int end) {
            Kind kind = KINDS.get(chars, start, end);
            if (kind == null) {
                accents(chars, start, end);
                return;
            }
            switch (kind) {
                case ENGLISH_DISTINCT -> englishDistinct++;
                case ENGLISH_SHARED -> englishShared++;
                case FRENCH_DISTINCT -> frenchDistinct++;
                case FRENCH_SHARED -> frenchShared++;
                case OTHER -> other++;
            }
        }

        /** An elided clitic counts, and so does the word it is glued to: "c'est" is "c'" and "est". */
        private void contraction(char[] chars, int start, int apostrophe, int end) {
            Elision elision = ELISIONS.get(chars, start, apostrophe);
            if (elision == Elision.FRENCH) {
                frenchDistinct++;
                plainWord(chars, apostrophe + 1, end);
            } else if (elision == Elision.SHARED) {
                frenchShared++;
                plainWord(chars, apostrophe + 1, end);
            } else if (elision == Elision.ITALIAN) {
                other++;
            } else if (ENGLISH_CONTRACTIONS.contains(chars, apostrophe + 1, end)) {
                englishDistinct++;
            }
        }

        /**
         * English words are written without accents (loan words aside). Some accented letters are French only, some
         * are shared with Spanish, Italian or Portuguese, and some French never writes.
         */
        private void accents(char[] chars, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = chars[i];
                if (c < 0xC0) {
                    continue; // ASCII and Latin-1 symbols: no accent
                }
                switch (c) {
                    case 'ë', 'î', 'ï', 'û', 'œ' -> {
                        frenchDistinct++;
                        return;
                    }
                    case 'é', 'è', 'ê', 'à', 'â', 'ç', 'ù', 'ô' -> {
                        frenchShared++;
                        return;
                    }
                    case 'ñ', 'á', 'í', 'ó', 'ú', 'ã', 'õ', 'ä', 'ö', 'ü', 'ß', 'ì', 'ò' -> {
                        other++;
                        return;
                    }
                    default -> { }
                }
            }
        }

        Evidence evidence() {
            return new Evidence(englishDistinct + englishShared, englishDistinct, frenchDistinct + frenchShared,
                    frenchDistinct, other);
        }
    }
}
