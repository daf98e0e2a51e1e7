package io.pullwatch.core.query;

import io.pullwatch.core.event.Feedback;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the search index takes from a feedback record: its id, the analysed text and title, when it was written, the
 * {@link FeedbackDocuments#keywordValues keyword values} and the rating. The search service reads it straight from
 * the record's JSON (decoding the whole record cost as much CPU as indexing it); {@link #of} takes it from a decoded
 * record, so that both give the same Lucene document through {@link FeedbackDocuments#forIndex}.
 *
 * @param createdAt null when unknown
 * @param rating a review's star rating; null for mentions
 */
public record IndexedFeedback(String feedbackId, String text, String title, Instant createdAt,
        Map<String, List<String>> keywordValues, Double rating) {

    public IndexedFeedback {
        if (feedbackId == null) {
            throw new IllegalArgumentException("a feedback id is required");
        }
        keywordValues = Collections.unmodifiableMap(keywordValues); // not copied: made for this record, in field order
    }

    public static IndexedFeedback of(Feedback feedback) {
        return new IndexedFeedback(feedback.feedbackId(), feedback.text(), feedback.title(), feedback.createdAt(),
                FeedbackDocuments.keywordValues(feedback), FeedbackDocuments.rating(feedback));
    }
}
