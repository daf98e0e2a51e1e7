package io.pullwatch.core.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells English from French, and both from other languages, in reviews and short social posts.
 *
 * <p>Two stages. Most texts hold several English or several French function words and few of any other language:
 * {@link FunctionWords} settles those in a few microseconds, and also sets aside texts whose function words are
 * mostly Spanish, German, Italian, Portuguese or Dutch. The rest (short texts without function words, mixed texts)
 * go to Lingua, an n-gram model that also knows those neighbouring languages, so that a Spanish or German post
 * comes out "unknown" instead of being forced into English or French. Lingua costs a hundred times more per text,
 * which is why it only sees what the first stage cannot settle.
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

    private final LanguageDetector detector;

    EnglishFrenchIdentifier(LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * Builds the identifier and loads Lingua's models for {@link #MODEL_LANGUAGES} eagerly, so the first texts are
     * not slowed down. Lingua runs in low-accuracy mode (trigrams only): on the texts that reach it this costs well
     * under a point of accuracy against the full model, but it is about five times faster and its models take about
     * 9 MB of heap instead of about 170 MB. Costly to build (a few seconds): build one and share it.
     */
    public static EnglishFrenchIdentifier create() {
        return new EnglishFrenchIdentifier(LanguageDetectorBuilder.fromLanguages(MODEL_LANGUAGES)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build());
    }

    @Override
    public String identify(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        try {
            return identifyWords(SocialText.of(text));
        } catch (RuntimeException e) {
            // The contract forbids throwing on any input; a failure inside the model means "cannot tell".
            return UNKNOWN;
        }
    }

    private String identifyWords(SocialText social) {
        if (social.latinLetters < MIN_LETTERS || social.otherLetters > social.latinLetters) {
            return UNKNOWN; // too little text, or mostly another script (Cyrillic, Arabic, CJK...)
        }
        FunctionWords.Evidence evidence = FunctionWords.count(social.words);
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
        if (social.latinLetters < MIN_MODEL_LETTERS) {
            return UNKNOWN;
        }
        return fromModel(detector.detectLanguageOf(social.cleaned()));
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
