package io.pullwatch.core.sentiment;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.Sentiment;
import java.util.List;

/**
 * What the enrich stage adds to a piece of feedback. For now: the language the producer declared (or "unknown"),
 * the star-rating sentiment for reviews, and an explicit "unknown" sentiment (confidence 0) for mentions, which
 * later stages do not count as evidence either way.
 */
public final class FeedbackUnderstanding {

    public static final String UNKNOWN_LANGUAGE = "unknown";

    private FeedbackUnderstanding() {}

    public static Feedback understand(Feedback feedback) {
        String language = feedback.language() == null ? UNKNOWN_LANGUAGE : feedback.language();
        Sentiment sentiment = feedback.kind() == FeedbackKind.REVIEW
                ? RatingSentiment.of(feedback.review().rating())
                : Sentiment.UNKNOWN;
        return feedback.withUnderstanding(language, sentiment, List.of());
    }
}
