package io.pullwatch.core.detection;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import java.util.ArrayList;
import java.util.List;

/**
 * What the wave detector needs of one piece of feedback, for one of the scopes it counts in: small enough to be sent
 * once per scope. {@code polarity} is null for neutral or unknown sentiment; {@code weight} is its reach weight.
 */
public record ScopedEvent(
        String scope,
        String feedbackId,
        long createdAtMillis,
        String authorId,
        long reach,
        double weight,
        double sentimentScore,
        Signal polarity,
        String storeId,
        List<String> initiativeIds,
        List<String> terms,
        String snippet) {

    static final int SNIPPET_CHARS = 160;

    /** One event per scope the feedback counts in (see {@link Scopes#of}), sharing the analysis done once. */
    public static List<ScopedEvent> of(Feedback feedback) {
        List<String> initiatives = new ArrayList<>(feedback.attributions().size());
        for (Attribution attribution : feedback.attributions()) {
            initiatives.add(attribution.initiativeId());
        }
        List<String> terms = WaveTerms.of(feedback.text());
        String snippet = snippet(feedback.text());
        long reach = feedback.authorReach();
        double weight = Reach.weight(feedback);
        List<ScopedEvent> events = new ArrayList<>();
        for (String scope : Scopes.of(feedback)) {
            events.add(new ScopedEvent(scope, feedback.feedbackId(), feedback.createdAt().toEpochMilli(),
                    feedback.authorId(), reach, weight, feedback.sentimentOrUnknown().score(),
                    Signal.polarityOf(feedback.sentiment()), feedback.storeId(), initiatives, terms, snippet));
        }
        return events;
    }

    static String snippet(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS - 1) + "…";
    }
}
