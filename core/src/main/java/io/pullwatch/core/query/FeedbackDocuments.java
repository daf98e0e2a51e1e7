package io.pullwatch.core.query;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/** Feedback as a Lucene document over {@link FeedbackFields}, for matching saved queries (nothing is stored). */
public final class FeedbackDocuments {

    private FeedbackDocuments() {}

    public static Document of(Feedback feedback) {
        return of(feedback, keywordValues(feedback));
    }

    /** The document, given the feedback's {@link #keywordValues} already worked out. */
    static Document of(Feedback feedback, Map<String, List<String>> keywordValues) {
        Document doc = new Document();
        addText(doc, FeedbackFields.TEXT, feedback.text());
        addText(doc, FeedbackFields.TITLE, feedback.title());
        keywordValues.forEach((field, values) -> values.forEach(
                value -> doc.add(new StringField(field, value, Field.Store.NO))));
        Double rating = rating(feedback);
        if (rating != null) {
            doc.add(new DoublePoint(FeedbackFields.RATING, rating));
        }
        return doc;
    }

    /**
     * The values of the keyword fields, lower-cased as the keyword analyzer lower-cases query terms; hashtags without
     * their "#". Fields without a value are absent.
     */
    public static Map<String, List<String>> keywordValues(Feedback feedback) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        add(values, FeedbackFields.LANG, feedback.language());
        add(values, FeedbackFields.STORE, feedback.storeId());
        add(values, FeedbackFields.PLATFORM, feedback.platform());
        add(values, FeedbackFields.AUTHOR, feedback.authorId());
        for (String hashtag : feedback.hashtags()) {
            add(values, FeedbackFields.HASHTAG, hashtag.startsWith("#") ? hashtag.substring(1) : hashtag);
        }
        for (Attribution attribution : feedback.attributions()) {
            add(values, FeedbackFields.INITIATIVE, attribution.initiativeId());
        }
        for (AspectMention aspect : feedback.aspects()) {
            add(values, FeedbackFields.ASPECT, aspect.aspect());
        }
        if (feedback.sentiment() != null && feedback.sentiment().isKnown()) {
            add(values, FeedbackFields.SENTIMENT, feedback.sentiment().label().name());
        }
        return values;
    }

    /** A review's star rating, or null. */
    public static Double rating(Feedback feedback) {
        return feedback.kind() == FeedbackKind.REVIEW ? feedback.review().rating() : null;
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void add(Map<String, List<String>> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(field, f -> new ArrayList<>(2)).add(value.toLowerCase(Locale.ROOT));
        }
    }
}
