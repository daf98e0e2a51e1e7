package io.pullwatch.core.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * The terms Monitor's presearcher indexed the queries under, kept in a hash set so that an event none of whose terms
 * is there skips Monitor altogether: building Monitor's one-document index and searching its query index costs far
 * more than a few hash lookups, and with specific saved searches most events match nothing. A query the presearcher
 * cannot reduce to terms (a lone wildcard, a rating range) is indexed under Monitor's "any token", which turns the
 * shortcut off while it is registered.
 */
final class PresearchTerms {

    /** The field Monitor's presearcher uses for queries it must run on every document. */
    static final String ANY_TOKEN_FIELD = "__anytokenfield";

    private final Map<String, Integer> refCounts = new HashMap<>();
    private final Map<String, List<String>> termsById = new HashMap<>();
    private int anyTokenQueries;

    /** Records the terms of a query's presearcher document, replacing what the id had before. */
    void put(String id, Document presearcherDocument) {
        remove(id);
        List<String> terms = new ArrayList<>();
        boolean anyToken = false;
        for (IndexableField field : presearcherDocument.getFields()) {
            if (field.name().equals(ANY_TOKEN_FIELD)) {
                anyToken = true;
                continue;
            }
            for (String term : termsOf(field)) {
                terms.add(key(field.name(), term));
            }
        }
        if (anyToken) {
            terms.add(ANY_TOKEN_FIELD);
            anyTokenQueries++;
        }
        terms.forEach(term -> refCounts.merge(term, 1, Integer::sum));
        termsById.put(id, terms);
    }

    void remove(String id) {
        List<String> terms = termsById.remove(id);
        if (terms == null) {
            return;
        }
        for (String term : terms) {
            if (term.equals(ANY_TOKEN_FIELD)) {
                anyTokenQueries--;
            } else {
                refCounts.computeIfPresent(term, (t, count) -> count == 1 ? null : count - 1);
            }
        }
    }

    /** Whether some query might match a document with these analysed terms (field → terms). */
    boolean mayMatch(Map<String, Set<String>> documentTerms) {
        if (anyTokenQueries > 0) {
            return true;
        }
        for (Map.Entry<String, Set<String>> field : documentTerms.entrySet()) {
            for (String term : field.getValue()) {
                if (refCounts.containsKey(key(field.getKey(), term))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The analysed terms of the text fields plus the keyword values, as Monitor's one-document index would hold. */
    static Map<String, Set<String>> documentTerms(Analyzer analyzer, String text, String title,
            Map<String, List<String>> keywordValues) {
        Map<String, Set<String>> terms = new HashMap<>();
        addAnalysed(terms, analyzer, FeedbackFields.TEXT, text);
        addAnalysed(terms, analyzer, FeedbackFields.TITLE, title);
        keywordValues.forEach((field, values) -> terms.put(field, new HashSet<>(values)));
        return terms;
    }

    private static void addAnalysed(Map<String, Set<String>> terms, Analyzer analyzer, String field, String value) {
        if (value != null && !value.isEmpty()) {
            terms.computeIfAbsent(field, f -> new HashSet<>()).addAll(termsOf(analyzer.tokenStream(field, value)));
        }
    }

    private static List<String> termsOf(IndexableField field) {
        return termsOf(field.tokenStream(null, null));
    }

    private static List<String> termsOf(TokenStream tokens) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokens) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String or from terms in memory
        }
        return terms;
    }

    private static String key(String field, String term) {
        return field + '\u0000' + term;
    }
}
