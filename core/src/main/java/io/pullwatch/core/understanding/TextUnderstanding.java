package io.pullwatch.core.understanding;

import io.pullwatch.core.aspects.AspectDetector;
import io.pullwatch.core.aspects.LuceneAspectDetector;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.language.EnglishFrenchIdentifier;
import io.pullwatch.core.language.LanguageIdentifier;
import io.pullwatch.core.sentiment.LexiconSentimentScorer;
import io.pullwatch.core.sentiment.RatingFusion;
import io.pullwatch.core.sentiment.SentimentScorer;
import java.util.Set;

/**
 * The text stage: language, sentiment (fused with the star rating for reviews) and aspects of one text. Thread-safe;
 * {@link #standard()} is one shared instance per JVM, since lexicons and language models are large and read-only.
 */
public final class TextUnderstanding {

    /** Languages the scorers have lexicons for; a producer's declaration of another is not trusted over detection. */
    private static final Set<String> SUPPORTED = Set.of("en", "fr");

    private final LanguageIdentifier languages;
    private final SentimentScorer sentiment;
    private final AspectDetector aspects;

    public TextUnderstanding(LanguageIdentifier languages, SentimentScorer sentiment, AspectDetector aspects) {
        this.languages = languages;
        this.sentiment = sentiment;
        this.aspects = aspects;
    }

    public static TextUnderstanding standard() {
        return Standard.INSTANCE;
    }

    /**
     * @param declaredLanguage what the producer says, used when the text itself is too short or too mixed to tell
     * @param rating star rating 1–5 of a review, or null
     */
    public Understanding understand(String text, String declaredLanguage, Double rating) {
        String language = languageOf(text, declaredLanguage);
        Sentiment fromText = sentiment.score(text, language);
        Sentiment fused = rating == null ? fromText : RatingFusion.fuse(fromText, rating);
        return new Understanding(language, fused, aspects.detect(text, language));
    }

    /** The enrich stage's view of one piece of feedback: the title counts as part of a review's text. */
    public Feedback enrich(Feedback feedback) {
        String text = feedback.text() == null ? "" : feedback.text();
        String title = feedback.title();
        String whole = title == null || title.isBlank() ? text : title + ". " + text;
        Double rating = feedback.kind() == FeedbackKind.REVIEW ? feedback.review().rating() : null;
        Understanding understood = understand(whole, feedback.language(), rating);
        return feedback.withUnderstanding(understood.language(), understood.sentiment(), understood.aspects());
    }

    public LanguageIdentifier languageIdentifier() {
        return languages;
    }

    public SentimentScorer sentimentScorer() {
        return sentiment;
    }

    private String languageOf(String text, String declared) {
        String identified = languages.identify(text);
        if (!LanguageIdentifier.UNKNOWN.equals(identified)) {
            return identified;
        }
        return declared != null && SUPPORTED.contains(declared) ? declared : LanguageIdentifier.UNKNOWN;
    }

    /** Built on first use: loading the lexicons and models takes a moment and some memory. */
    private static final class Standard {
        static final TextUnderstanding INSTANCE = create();

        private static TextUnderstanding create() {
            SentimentScorer scorer = new LexiconSentimentScorer();
            return new TextUnderstanding(EnglishFrenchIdentifier.create(), scorer, new LuceneAspectDetector(scorer));
        }
    }
}
