package io.pullwatch.core.query;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.text.WhiteSpaceChunks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;

/**
 * Feedback as a Lucene document over {@link FeedbackFields}: {@link #of} for matching saved queries (nothing is
 * stored), {@link #forIndex} for the search index, which adds the id, the time, facet doc values and the source.
 */
public final class FeedbackDocuments {

    /**
     * The order of documents in each segment of the search index: by language, then shortest text first. Lucene's
     * block-max scorers skip a block of 128 documents when the best score its documents could reach cannot make the
     * page. In arrival order nearly every block holds a short text with the words, so a disjunction of two common
     * words is scored document by document. In this order a block holds texts of one language and like length:
     * once the page is full of short texts holding the words (BM25 scores a word higher in a shorter text), blocks
     * of longer texts are skipped whole, and so are the blocks of the other language for a word of one. On the
     * search benchmark's 1.2 million documents, top 10 by relevance in one process: {@code (était OR tout)} 3.5 ms
     * in arrival order, 0.6 ms in this one; {@code (avec OR were)} 2.3 against 0.3 ms; time-sorted searches faster
     * too ({@code BENCHMARKS.md}).
     */
    public static final Sort INDEX_ORDER = new Sort(new SortedSetSortField(FeedbackFields.LANG, false),
            new SortField(FeedbackFields.TEXT_WORDS, SortField.Type.INT));

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
        addRating(doc, feedback);
        return doc;
    }

    /**
     * The search index's document: the same fields and analysis as {@link #of} (so a query means the same in both
     * places), plus the id (the key of idempotent updates), the word pairs of the text and title (exact phrases,
     * {@link FeedbackFields#TEXT_PAIRS}), the text's word count ({@link #INDEX_ORDER}), the creation time as a point
     * and doc values (filters, sort, histograms),
     * doc values of the {@link FeedbackFields#FACETS facet fields}, and {@code source}, the record's JSON as received,
     * stored to be returned with results.
     */
    public static Document forIndex(Feedback feedback, byte[] sourceJson) {
        return forIndex(IndexedFeedback.of(feedback), sourceJson);
    }

    /** The search index's document of what was read of a record, with the record's JSON as received. */
    public static Document forIndex(IndexedFeedback feedback, byte[] sourceJson) {
        Document doc = new Document();
        doc.add(new StringField(FeedbackFields.ID, feedback.feedbackId(), Field.Store.NO));
        addText(doc, FeedbackFields.TEXT, feedback.text());
        addText(doc, FeedbackFields.TEXT_PAIRS, feedback.text());
        doc.add(new NumericDocValuesField(FeedbackFields.TEXT_WORDS, wordCount(feedback.text())));
        addText(doc, FeedbackFields.TITLE, feedback.title());
        addText(doc, FeedbackFields.TITLE_PAIRS, feedback.title());
        feedback.keywordValues().forEach((field, values) -> values.forEach(value -> doc.add(
                FeedbackFields.FACETS.contains(field) ? new KeywordField(field, value, Field.Store.NO)
                        : new StringField(field, value, Field.Store.NO))));
        if (feedback.rating() != null) {
            doc.add(new DoublePoint(FeedbackFields.RATING, feedback.rating()));
        }
        if (feedback.createdAt() != null) {
            doc.add(new LongField(FeedbackFields.TIME, feedback.createdAt().toEpochMilli(), Field.Store.NO));
        }
        doc.add(new StoredField(FeedbackFields.SOURCE, sourceJson));
        return doc;
    }

    /** Chunks between white space, as the text stage splits texts: a cheap measure of length. */
    static int wordCount(String text) {
        return text == null ? 0 : WhiteSpaceChunks.of(text).count();
    }

    private static void addRating(Document doc, Feedback feedback) {
        Double rating = rating(feedback);
        if (rating != null) {
            doc.add(new DoublePoint(FeedbackFields.RATING, rating));
        }
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
            addHashtag(values, hashtag);
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

    /**
     * The same from the values themselves (null or blank ones are left out): for readers of the record's JSON that
     * do not decode the whole {@link Feedback}.
     *
     * @param sentiment the label of a known sentiment, else null
     */
    public static Map<String, List<String>> keywordValues(String language, String storeId, String platform,
            String authorId, List<String> hashtags, List<String> initiativeIds, List<String> aspects,
            String sentiment) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        add(values, FeedbackFields.LANG, language);
        add(values, FeedbackFields.STORE, storeId);
        add(values, FeedbackFields.PLATFORM, platform);
        add(values, FeedbackFields.AUTHOR, authorId);
        for (String hashtag : hashtags) {
            addHashtag(values, hashtag);
        }
        for (String initiativeId : initiativeIds) {
            add(values, FeedbackFields.INITIATIVE, initiativeId);
        }
        for (String aspect : aspects) {
            add(values, FeedbackFields.ASPECT, aspect);
        }
        add(values, FeedbackFields.SENTIMENT, sentiment);
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

    private static void addHashtag(Map<String, List<String>> values, String hashtag) {
        if (hashtag != null) {
            add(values, FeedbackFields.HASHTAG, hashtag.startsWith("#") ? hashtag.substring(1) : hashtag);
        }
    }

    private static void add(Map<String, List<String>> values, String field, String value) {
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(field, f -> new ArrayList<>(2)).add(value.toLowerCase(Locale.ROOT));
        }
    }
}
