package io.pullwatch.core.query;

import io.pullwatch.core.event.Feedback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;

/**
 * What made a saved query match one piece of feedback: the words of its text and title as written (lower-cased; a
 * phrase as one entry), then {@code field:value} for each keyword value the query asked for and the feedback has, and
 * the rating when the query tested it. Worked out only for queries that did match, with Lucene's matches API on a
 * one-document memory index, because highlighting every candidate query inside Monitor costs far more than finding the
 * matches.
 */
final class MatchedTerms {

    private final Feedback feedback;
    private final Map<String, List<String>> keywordValues;
    private final IndexSearcher searcher;
    private final LeafReaderContext leaf;

    MatchedTerms(Feedback feedback, Map<String, List<String>> keywordValues, Document document, Analyzer analyzer) {
        this.feedback = feedback;
        this.keywordValues = keywordValues;
        this.searcher = MemoryIndex.fromDocument(document, analyzer, true, false).createSearcher();
        this.leaf = searcher.getIndexReader().leaves().get(0);
    }

    /** The terms of {@code query} (with its {@code keywordTerms}, see {@link QueryTerms}) that this feedback holds. */
    List<String> of(Query query, Map<String, Set<String>> keywordTerms) {
        Set<String> terms = new TreeSet<>();
        try {
            Matches matches = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1)
                    .matches(leaf, 0);
            if (matches != null) {
                addWords(terms, feedback.text(), matches.getMatches(FeedbackFields.TEXT));
                addWords(terms, feedback.title(), matches.getMatches(FeedbackFields.TITLE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the index is in memory: only a bug gets here
        }
        keywordTerms.forEach((field, values) -> {
            for (String value : keywordValues.getOrDefault(field, List.of())) {
                if (values.contains(value)) {
                    terms.add(field + ":" + value);
                }
            }
        });
        Double rating = FeedbackDocuments.rating(feedback);
        if (keywordTerms.containsKey(FeedbackFields.RATING) && rating != null) {
            terms.add(FeedbackFields.RATING + ":" + rating);
        }
        return List.copyOf(terms);
    }

    private static void addWords(Set<String> terms, String source, MatchesIterator hits) throws IOException {
        if (source == null || hits == null) {
            return;
        }
        while (hits.next()) {
            int start = hits.startOffset();
            int end = hits.endOffset();
            if (start >= 0 && end <= source.length() && start < end) {
                terms.add(source.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
    }
}
