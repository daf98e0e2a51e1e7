package io.pullwatch.core.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.function.Function;

/**
 * Tells English from French, and both from other languages, in reviews and short social posts.
 *
 * <p>Three stages, cheapest first. Most texts hold several English or several French function words and few of
 * any other language: {@link FunctionWords} settles those in a microsecond or two, reading only as far as needed,
 * and also sets aside texts whose function words are Spanish, German, Italian, Portuguese or Dutch. Headlines and
 * one-line reviews often hold no function word ("Sydney hostage crisis", "superbe film émouvant"): {@link Spelling}
 * settles many of those from spellings that only one of the languages uses. The rest (texts without evidence
 * either way, mixed texts) go to Lingua, an n-gram model that also knows the neighbouring languages, so that a
 * Spanish or German post comes out "unknown" instead of being forced into English or French. Lingua costs a
 * hundred times more per text than the other stages, which is why it only sees what they cannot settle: about
 * one text in fifty of a mix of reviews and tweets.
 *
 * <p>Thread-safe: the instance holds no mutable state, and Lingua's models are loaded up front and only read.
 */
public final class EnglishFrenchIdentifier implements LanguageIdentifier {

    /**
     * The languages Lingua chooses among. Besides English and French, the Latin-script languages most often met in
     * European social media: they absorb texts that are neither English nor French.
     */
    private static final Language[] MODEL_LANGUAGES = {
        Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN,
        Language.GERMAN, Language.DUTCH,
    };

    /** Fewer letters than this ("ok", "xD") say nothing about a language. */
    static final int MIN_LETTERS = 3;
    /**
     * Fewer letters than this, without the function words that settle a text, are too little for the n-gram model:
     * on one or two words ("Yay!", "Damn damn damn") it guesses, and "unknown" is the honest answer.
     */
    static final int MIN_MODEL_LETTERS = 12;
    /** Function words needed before the cheap stage decides alone; one could be a name or a loan word. */
    static final int MIN_FUNCTION_WORDS = 2;
    /**
     * How many times the winning language's function words must outnumber all the others. Mixed posts ("le
     * feel good movie de l'année") still read as one language, while a text that is not clearly one language
     * goes to the model.
     */
    static final int DOMINANCE = 4;
    /** English spellings in one word out of this many settle a text that has no function word to go by. */
    static final int SPELLED_SHARE = 4;
    /**
     * The model reads at most this many characters of the cleaned text (whole words): its cost grows with the
     * length, and past a hundred letters or so its verdict no longer changes.
     */
    static final int MODEL_MAX_CHARS = 120;

    /** The statistical model: Lingua's {@code detectLanguageOf}, or a stand-in in tests. */
    private final Function<String, Language> model;

    EnglishFrenchIdentifier(Function<String, Language> model) {
        this.model = model;
    }

    /**
     * Builds the identifier and loads Lingua's models for {@link #MODEL_LANGUAGES} eagerly, so the first texts are
     * not slowed down. Lingua runs in low-accuracy mode (trigrams only): on the texts that reach it this costs well
     * under a point of accuracy against the full model, but it is about five times faster and its models take about
     * 9 MB of heap instead of about 170 MB. Costly to build (a few seconds): build one and share it.
     */
    public static EnglishFrenchIdentifier create() {
        LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(MODEL_LANGUAGES)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
        return new EnglishFrenchIdentifier(detector::detectLanguageOf);
    }

    @Override
    public String identify(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        try {
            FunctionWords.Tally tally = new FunctionWords.Tally();
            SocialText social = SocialText.of(text, tally);
            return identifyWords(social, tally.evidence());
        } catch (RuntimeException e) {
            // The contract forbids throwing on any input; a failure inside the model means "cannot tell".
            return UNKNOWN;
        }
    }

    private String identifyWords(SocialText social, FunctionWords.Evidence evidence) {
        if (social.latinLetters < MIN_LETTERS || social.otherLetters > social.latinLetters) {
            return UNKNOWN; // too little text, or mostly another script (Cyrillic, Arabic, CJK...)
        }
        String verdict = fromFunctionWords(evidence);
        if (verdict != null) {
            return verdict;
        }
        if (social.latinLetters < MIN_MODEL_LETTERS) {
            return UNKNOWN;
        }
        verdict = fromSpelling(evidence, Spelling.of(social), social.wordCount());
        if (verdict != null) {
            return verdict;
        }
        return fromModel(model.apply(social.cleaned(MODEL_MAX_CHARS)));
    }

    /** The verdict of the function words alone, or null when they leave the language open. */
    private static String fromFunctionWords(FunctionWords.Evidence evidence) {
        int rivalsOfEnglish = evidence.french() + evidence.other();
        if (dominates(evidence.english(), evidence.englishDistinct(), rivalsOfEnglish)
                || isLoneEnglishWord(evidence, rivalsOfEnglish)) {
            return "en";
        }
        if (dominates(evidence.french(), evidence.frenchDistinct(), evidence.english() + evidence.other())) {
            return "fr";
        }
        if (evidence.other() >= MIN_FUNCTION_WORDS && evidence.other() >= evidence.english() + evidence.french()) {
            return UNKNOWN; // Spanish, German... function words outnumber ours: not worth asking the model
        }
        if (evidence.other() > 0 && evidence.englishDistinct() == 0 && evidence.frenchDistinct() == 0) {
            return UNKNOWN; // a word of another language, and none that only English or French has
        }
        return null;
    }

    /** The verdict of the function words and the spellings together, or null when they still leave it open. */
    private static String fromSpelling(FunctionWords.Evidence evidence, Spelling.Evidence spelling, int words) {
        if (isEnglishBySpelling(evidence, spelling, words)
                || leadsUncontested(evidence.english(), evidence.englishDistinct(), evidence.french(),
                        evidence.other(), spelling.french() + spelling.foreign())) {
            return "en";
        }
        if (isFrenchBySpelling(evidence, spelling)
                || leadsUncontested(evidence.french(), evidence.frenchDistinct(), evidence.english(),
                        evidence.other(), spelling.englishOrGermanic() + spelling.foreign())) {
            return "fr";
        }
        return isNeitherBySpelling(evidence, spelling) ? UNKNOWN : null;
    }

    /**
     * No French or other function word and no letter or spelling of another language, and English signs: two of
     * them (English function words, English spellings, words with a "w" or "k"), not all a "w" or "k", which German
     * and Dutch write too; or English spellings in at least one word out of {@value #SPELLED_SHARE}. A foreign post
     * that quotes an English name or loan word ("Samsung Galaxy", "workshop") seldom reaches that share.
     */
    private static boolean isEnglishBySpelling(FunctionWords.Evidence evidence, Spelling.Evidence spelling,
                                               int words) {
        if (evidence.french() > 0 || evidence.other() > 0
                || spelling.foreign() > 0 || spelling.french() > 0 || spelling.germanic() > 0) {
            return false;
        }
        int strongSigns = evidence.english() + spelling.english();
        int signs = evidence.english() + spelling.englishOrGermanic();
        return strongSigns > 0 && (signs >= MIN_FUNCTION_WORDS || SPELLED_SHARE * spelling.english() >= words);
    }

    /**
     * French function words (two or more, counting accented words) that may all be shared with Spanish or Italian
     * ("la", "de", "un"), confirmed by a French spelling (an accent, "eau", "-eux", "-eur"...), with no English or
     * other function word, no foreign letter, and far fewer words ending in "o" like Spanish, Italian and Portuguese
     * ones ("scénario" and "vidéo" lose their accents in reviews) or spelled the English way.
     */
    private static boolean isFrenchBySpelling(FunctionWords.Evidence evidence, Spelling.Evidence spelling) {
        return evidence.english() == 0 && evidence.other() == 0
                && spelling.foreign() == 0 && spelling.french() > 0
                && evidence.french() >= MIN_FUNCTION_WORDS
                && evidence.french() >= DOMINANCE * (spelling.romance() + spelling.english());
    }

    /**
     * A text that mixes English and French function words but holds twice as many of one language, one of them its
     * own, and not a single spelling of the other language or of a third: the few words of the other language are a
     * loan or a quote ("love it, it's trop cute", "c'est le top, the best").
     */
    private static boolean leadsUncontested(int words, int distinctWords, int rivalWords, int otherWords,
                                            int rivalSpellings) {
        return otherWords == 0 && rivalSpellings == 0 && distinctWords > 0 && words >= MIN_FUNCTION_WORDS
                && words >= 2 * rivalWords;
    }

    /**
     * Nothing that only English or French has (function word or spelling), and a letter foreign to both languages,
     * or two words ending in "o" like Spanish, Italian and Portuguese words, with no English sign at all.
     */
    private static boolean isNeitherBySpelling(FunctionWords.Evidence evidence, Spelling.Evidence spelling) {
        if (evidence.englishDistinct() > 0 || evidence.frenchDistinct() > 0 || spelling.french() > 0) {
            return false;
        }
        return spelling.foreign() > 0
                || spelling.romance() >= 2 && evidence.english() == 0 && spelling.english() == 0;
    }

    private static boolean dominates(int words, int distinctWords, int rivalWords) {
        return words >= MIN_FUNCTION_WORDS && distinctWords > 0 && words >= DOMINANCE * rivalWords;
    }

    /**
     * Short English posts and review snippets often hold a single function word ("Worth every penny!"),
     * and with no French or other evidence beside it that word is reliable. The converse does not hold: a lone
     * French word in a text is usually a loan in English ("déjà vu", "voilà", "très chic"), so French needs two.
     */
    private static boolean isLoneEnglishWord(FunctionWords.Evidence evidence, int rivalWords) {
        return evidence.englishDistinct() == 1 && evidence.english() == 1 && rivalWords == 0;
    }

    private static String fromModel(Language language) {
        if (language == Language.ENGLISH) {
            return "en";
        }
        return language == Language.FRENCH ? "fr" : UNKNOWN;
    }
}
