package io.pullwatch.core.query;

import java.util.List;
import java.util.Set;

/**
 * The fields saved queries and searches address, one name per concept, shared by the live matcher and the search
 * index so that a query means the same in both places.
 */
public final class FeedbackFields {

    /** Analysed words of the feedback text; the default field of a query. */
    public static final String TEXT = "text";
    /** Analysed words of a review's title. */
    public static final String TITLE = "title";
    public static final String LANG = "lang";
    public static final String STORE = "store";
    public static final String PLATFORM = "platform";
    public static final String AUTHOR = "author";
    /** Hashtags without their "#". */
    public static final String HASHTAG = "hashtag";
    /** Ids of the initiatives the feedback is attributed to. */
    public static final String INITIATIVE = "initiative";
    /** Ids of the aspects found in the text. */
    public static final String ASPECT = "aspect";
    /** The sentiment label: positive, neutral or negative. */
    public static final String SENTIMENT = "sentiment";
    /** A review's star rating, 1 to 5, for ranges ({@code rating:[1 TO 2]}) and exact values. */
    public static final String RATING = "rating";

    /** Search index only: the feedback id, the key of idempotent updates. Not addressable in queries. */
    public static final String ID = "id";
    /** Search index only: when the feedback was written, epoch milliseconds, for time filters, sort and histograms. */
    public static final String TIME = "time";
    /** Search index only: the feedback record as received, JSON, stored and returned with results. */
    public static final String SOURCE = "source";

    /**
     * Search index only: each pair of adjacent words of the text (title), one term, so that a phrase is looked up
     * as a term instead of checked position by position in every document holding all its words. Not addressable in
     * queries; the search service's syntax turns exact phrases into it.
     */
    public static final String TEXT_PAIRS = "text.pairs";
    public static final String TITLE_PAIRS = "title.pairs";
    /**
     * Search index only: how many words the text has, as doc values. Each segment of the index keeps the documents
     * of a language in this order ({@link FeedbackDocuments#INDEX_ORDER}). Not addressable in queries.
     */
    public static final String TEXT_WORDS = "text.words";
    /** What separates the two words of a word-pair term. */
    public static final char PAIR_SEPARATOR = ' ';

    /** Keyword fields the search index keeps doc values of, to count facets by. */
    public static final List<String> FACETS = List.of(STORE, PLATFORM, LANG, SENTIMENT, ASPECT, INITIATIVE);

    /** Fields whose whole value is one lower-cased term. */
    public static final Set<String> KEYWORDS = Set.of(LANG, STORE, PLATFORM, AUTHOR, HASHTAG, INITIATIVE, ASPECT,
            SENTIMENT);
    /** Fields analysed into words. */
    public static final Set<String> ANALYSED = Set.of(TEXT, TITLE);
    /** Every field, in the order error messages list them. */
    public static final List<String> ALL = List.of(TEXT, TITLE, LANG, STORE, PLATFORM, AUTHOR, HASHTAG, INITIATIVE,
            ASPECT, SENTIMENT, RATING);

    private FeedbackFields() {}

    /** The word-pair field of an analysed field, or null for the others. */
    public static String pairsOf(String field) {
        return switch (field) {
            case TEXT -> TEXT_PAIRS;
            case TITLE -> TITLE_PAIRS;
            default -> null;
        };
    }

    /** The analysed field a word-pair field holds the pairs of, or null when {@code field} is not one. */
    public static String pairedWith(String field) {
        return switch (field) {
            case TEXT_PAIRS -> TEXT;
            case TITLE_PAIRS -> TITLE;
            default -> null;
        };
    }
}
