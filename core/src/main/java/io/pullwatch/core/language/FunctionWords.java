package io.pullwatch.core.language;

import io.pullwatch.core.text.Lookups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cheap evidence from closed-class words. Articles, pronouns, prepositions, auxiliaries and conjunctions make up a
 * large share of any running text, are few, and differ between English and French, so counting them tells the two
 * apart in a few microseconds.
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
            "vos", "mais", "ou", "entre", "va", "bien", "sur", "ne", "quel", "quelle", "ai", "à", "là");

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
            "heute", "immer", "danke", "doch", "jetzt", "hier", "dass", "warum", "dem", "zu",
            // Dutch
            "het", "een", "ik", "niet", "zijn", "voor", "maar", "ook", "bij", "nog", "hij", "wel", "uit", "naar",
            "heb", "mijn", "geen", "hebben", "deze", "moet", "veel", "toch", "echt", "goed", "jij", "zij", "wij",
            "omdat", "waarom");

    private enum Kind { ENGLISH_DISTINCT, ENGLISH_SHARED, FRENCH_DISTINCT, FRENCH_SHARED, OTHER }

    /** All lists in one map, so that each word costs one lookup. */
    private static final Map<String, Kind> KINDS = kinds();

    /** Elided clitics only French writes: "j'adore", "qu'il", "n'est". */
    private static final Set<String> FRENCH_ELISIONS = Lookups.setOf("j", "qu", "n", "jusqu", "lorsqu", "puisqu");
    /** Elided clitics French shares with Italian ("l'amore", "c'è", "m'ha"). */
    private static final Set<String> SHARED_ELISIONS = Lookups.setOf("l", "d", "c", "s", "m", "t");
    /** Elided articles and prepositions of Italian: "dell'anno", "un'altra". */
    private static final Set<String> ITALIAN_ELISIONS = Lookups.setOf("dell", "nell", "all", "sull", "dall", "un", "quest");
    /** English contraction endings: "don't", "it's", "i'm", "you're", "we've", "they'll", "i'd". */
    private static final Set<String> ENGLISH_CONTRACTIONS = Lookups.setOf("t", "s", "m", "re", "ve", "ll", "d");

    private FunctionWords() {}

    static Evidence count(List<String> words) {
        Tally tally = new Tally();
        for (String word : words) {
            int apostrophe = word.indexOf('\'');
            if (apostrophe > 0) {
                countContraction(word.substring(0, apostrophe), word.substring(apostrophe + 1), tally);
            } else {
                countWord(word, tally);
            }
        }
        return tally.evidence();
    }

    private static void countWord(String word, Tally tally) {
        Kind kind = KINDS.get(word);
        if (kind == null) {
            countAccents(word, tally);
            return;
        }
        switch (kind) {
            case ENGLISH_DISTINCT -> tally.englishDistinct++;
            case ENGLISH_SHARED -> tally.englishShared++;
            case FRENCH_DISTINCT -> tally.frenchDistinct++;
            case FRENCH_SHARED -> tally.frenchShared++;
            case OTHER -> tally.other++;
        }
    }

    /** An elided clitic counts, and so does the word it is glued to: "c'est" is "c'" and "est". */
    private static void countContraction(String head, String tail, Tally tally) {
        if (FRENCH_ELISIONS.contains(head)) {
            tally.frenchDistinct++;
            countWord(tail, tally);
        } else if (SHARED_ELISIONS.contains(head)) {
            tally.frenchShared++;
            countWord(tail, tally);
        } else if (ITALIAN_ELISIONS.contains(head)) {
            tally.other++;
        } else if (ENGLISH_CONTRACTIONS.contains(tail)) {
            tally.englishDistinct++;
        }
    }

    /**
     * English words are written without accents (loan words aside). Some accented letters are French only, some are
     * shared with Spanish, Italian or Portuguese, and some French never writes.
     */
    private static void countAccents(String word, Tally tally) {
        for (int i = 0; i < word.length(); i++) {
            switch (word.charAt(i)) {
                case 'ë', 'î', 'ï', 'û', 'œ' -> {
                    tally.frenchDistinct++;
                    return;
                }
                case 'é', 'è', 'ê', 'à', 'â', 'ç', 'ù', 'ô' -> {
                    tally.frenchShared++;
                    return;
                }
                case 'ñ', 'á', 'í', 'ó', 'ú', 'ã', 'õ', 'ä', 'ö', 'ü', 'ß', 'ì', 'ò' -> {
                    tally.other++;
                    return;
                }
                default -> { }
            }
        }
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new HashMap<>();
        ENGLISH_DISTINCT.forEach(word -> kinds.put(word, Kind.ENGLISH_DISTINCT));
        ENGLISH_SHARED.forEach(word -> kinds.put(word, Kind.ENGLISH_SHARED));
        FRENCH_DISTINCT.forEach(word -> kinds.put(word, Kind.FRENCH_DISTINCT));
        FRENCH_SHARED.forEach(word -> kinds.put(word, Kind.FRENCH_SHARED));
        OTHER.forEach(word -> kinds.put(word, Kind.OTHER));
        return Lookups.mapOf(kinds);
    }

    private static final class Tally {
        int englishDistinct;
        int englishShared;
        int frenchDistinct;
        int frenchShared;
        int other;

        Evidence evidence() {
            return new Evidence(englishDistinct + englishShared, englishDistinct, frenchDistinct + frenchShared,
                    frenchDistinct, other);
        }
    }
}
