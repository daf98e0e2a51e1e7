package io.pullwatch.core.detection;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Relation;
import java.util.Optional;

/**
 * One post of a reshare cascade as the cascade watch needs it: the root post itself ({@code root}) or one reshare (or quote) of
 * it, keyed by the root's platform id.
 */
public record CascadeShare(
        String rootId,
        boolean root,
        String feedbackId,
        String authorId,
        long createdAtMillis,
        long followers,
        double sentimentScore,
        Signal polarity,
        String snippet) {

    /** The share a mention makes: the root of its own cascade, a reshare of its parent's, or none (reviews, replies). */
    public static Optional<CascadeShare> of(Feedback feedback) {
        if (feedback.mention() == null) {
            return Optional.empty();
        }
        var mention = feedback.mention();
        boolean reshare = mention.parentId() != null
                && (mention.relation() == Relation.RESHARE || mention.relation() == Relation.QUOTE);
        if (mention.parentId() != null && !reshare) {
            return Optional.empty();
        }
        return Optional.of(new CascadeShare(reshare ? mention.parentId() : mention.id(), !reshare,
                feedback.feedbackId(), feedback.authorId(), feedback.createdAt().toEpochMilli(), feedback.authorReach(),
                feedback.sentimentOrUnknown().score(), Signal.polarityOf(feedback.sentiment()),
                ScopedEvent.snippet(feedback.text())));
    }

    /** The same share by an author with {@code count} followers. */
    public CascadeShare withFollowers(long count) {
        return new CascadeShare(rootId, root, feedbackId, authorId, createdAtMillis, count, sentimentScore, polarity,
                snippet);
    }
}
