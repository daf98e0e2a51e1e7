package io.pullwatch.core.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.Query;

/**
 * A cheap test, before Monitor, of whether any saved query could match a piece of feedback. Each query is reduced to
 * its {@link RequiredTerms} (one condition per branch of a top-level disjunction) and indexed in a hash map under one
 * group of each condition; a document looks up its own terms there and checks each query found against its
 * conditions. Monitor then runs only on feedback that passes,
 * which with specific saved searches is a small share of the stream: building Monitor's one-document index and
 * searching its query index costs far more than a few hash lookups. The test is necessary, not sufficient: Monitor
 * still decides. Queries the groups cannot constrain (a lone wildcard, a rating range) pass every document.
 */
final class CandidateFilter {

    private final Map<String, List<List<Set<String>>>> conditionsById = new HashMap<>();
    /** Each query id under the terms of the groups it is indexed by. */
    private final Map<String, Set<String>> idsByTerm = new HashMap<>();
    private final Map<String, Set<String>> indexTermsById = new HashMap<>();
    private final Set<String> unconstrained = new HashSet<>();

    /** Records a query's required terms, replacing what the id had before. */
    void put(String id, Query query) {
        remove(id);
        List<List<Set<String>>> conditions = RequiredTerms.alternativesOf(query);
        if (conditions.stream().anyMatch(List::isEmpty)) {
            unconstrained.add(id);
            return;
        }
        conditionsById.put(id, conditions);
        Set<String> indexTerms = new HashSet<>();
        for (List<Set<String>> groups : conditions) {
            indexTerms.addAll(groups.stream().min(Comparator.comparing(CandidateFilter::commonTerms)
                    .thenComparingInt(Set::size)).orElseThrow());
        }
        for (String term : indexTerms) {
            idsByTerm.computeIfAbsent(term, t -> new HashSet<>()).add(id);
        }
        indexTermsById.put(id, indexTerms);
    }

    void remove(String id) {
        unconstrained.remove(id);
        if (conditionsById.remove(id) == null) {
            return;
        }
        for (String term : indexTermsById.remove(id)) {
            Set<String> ids = idsByTerm.get(term);
            ids.remove(id);
            if (ids.isEmpty()) {
                idsByTerm.remove(term);
            }
        }
    }

    /** How many queries could match a document holding these terms (keys of {@link RequiredTerms#key}). */
    int candidates(Set<String> documentTerms) {
        int candidates = unconstrained.size();
        Set<String> checked = null;
        for (String term : documentTerms) {
            Set<String> ids = idsByTerm.get(term);
            if (ids == null) {
                continue;
            }
            for (String id : ids) {
                if (checked == null) {
                    checked = new HashSet<>();
                }
                if (checked.add(id) && meetsOne(documentTerms, conditionsById.get(id))) {
                    candidates++;
                }
            }
        }
        return candidates;
    }

    /** The analysed terms of the text fields and the keyword values, as Monitor's one-document index would hold. */
    static Set<String> documentTerms(Analyzer analyzer, String text, String title,
            Map<String, List<String>> keywordValues) {
        Set<String> terms = new HashSet<>();
        addAnalysed(terms, analyzer, FeedbackFields.TEXT, text);
        addAnalysed(terms, analyzer, FeedbackFields.TITLE, title);
        keywordValues.forEach((field, values) -> values.forEach(value -> terms.add(RequiredTerms.key(field, value))));
        return terms;
    }

    /** Whether the terms meet one of the conditions; an empty condition is always met. */
    static boolean meetsOne(Set<String> documentTerms, List<List<Set<String>>> conditions) {
        for (List<Set<String>> groups : conditions) {
            if (meets(documentTerms, groups)) {
                return true;
            }
        }
        return false;
    }

    private static boolean meets(Set<String> documentTerms, List<Set<String>> groups) {
        for (Set<String> group : groups) {
            if (!holdsAny(documentTerms, group)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsAny(Set<String> documentTerms, Set<String> group) {
        for (String term : group) {
            if (documentTerms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /** Terms in fields that many documents share, which make a poor index entry. */
    private static int commonTerms(Set<String> group) {
        int common = 0;
        for (String term : group) {
            if (StandingQueries.COMMON_FIELDS.contains(term.substring(0, term.indexOf('\u0000')))) {
                common++;
            }
        }
        return common;
    }

    private static void addAnalysed(Set<String> terms, Analyzer analyzer, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try (TokenStream stream = analyzer.tokenStream(field, value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(RequiredTerms.key(field, term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a String
        }
    }
}
