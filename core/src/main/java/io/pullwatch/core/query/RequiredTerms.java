package io.pullwatch.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A necessary condition for a query to match, as groups of terms: a document can match only if it holds at least one
 * term of every group. {@code store:lille AND ("winter coat" OR parka)} needs {store:lille} and {text:winter,
 * text:parka}; a phrase needs each of its words. Clauses the groups cannot express (wildcards, ranges, fuzzy terms)
 * add no group, so the condition stays necessary: it may let through a document the query rejects, never the
 * reverse. A query with no group at all can match anything.
 *
 * <p>A query that is itself a disjunction ({@code hashtag:flash30 OR "winter coat"}) is kept as {@link #alternativesOf
 * alternatives}, one condition per branch, since folding its branches into one group would let through every document
 * holding any single word of them.
 *
 * <p>Terms are keys of {@link #key(String, String)}, the form {@link CandidateFilter} looks documents' terms up by.
 */
final class RequiredTerms {

    private RequiredTerms() {}

    /**
     * One condition per branch of a top-level disjunction, or the query's own condition; a document can match only if
     * it meets one of them. An empty condition among them means the query can match anything.
     */
    static List<List<Set<String>>> alternativesOf(Query query) {
        Query inner = unwrap(query);
        if (!(inner instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 1
                || bool.clauses().stream().anyMatch(c -> c.isRequired())) {
            return List.of(of(inner));
        }
        List<List<Set<String>>> alternatives = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() == BooleanClause.Occur.SHOULD) {
                alternatives.add(of(clause.getQuery()));
            }
        }
        return alternatives.isEmpty() ? List.of(List.of()) : alternatives;
    }

    static List<Set<String>> of(Query query) {
        List<Set<String>> groups = new ArrayList<>();
        collect(query, groups);
        return groups;
    }

    static String key(String field, String term) {
        return field + '\u0000' + term;
    }

    private static void collect(Query query, List<Set<String>> groups) {
        if (query instanceof TermQuery term) {
            groups.add(Set.of(key(term.getTerm())));
        } else if (query instanceof PhraseQuery phrase) {
            for (Term term : phrase.getTerms()) {
                groups.add(Set.of(key(term)));
            }
        } else if (query instanceof MultiPhraseQuery phrase) {
            for (Term[] position : phrase.getTermArrays()) {
                groups.add(keys(position));
            }
        } else if (query instanceof SynonymQuery synonyms) {
            groups.add(keys(synonyms.getTerms().toArray(Term[]::new)));
        } else if (query instanceof BoostQuery || query instanceof ConstantScoreQuery) {
            collect(unwrap(query), groups);
        } else if (query instanceof BooleanQuery bool) {
            collectBoolean(bool, groups);
        }
        // Anything else (wildcard, prefix, fuzzy, regexp, ranges) constrains nothing the groups can express.
    }

    private static void collectBoolean(BooleanQuery bool, List<Set<String>> groups) {
        List<Query> optional = new ArrayList<>();
        boolean required = false;
        for (BooleanClause clause : bool.clauses()) {
            switch (clause.getOccur()) {
                case MUST, FILTER -> {
                    required = true;
                    collect(clause.getQuery(), groups);
                }
                case SHOULD -> optional.add(clause.getQuery());
                case MUST_NOT -> { } // a prohibition never makes a document match
            }
        }
        if (optional.isEmpty() || (required && bool.getMinimumNumberShouldMatch() == 0)) {
            return; // optional clauses only score once something is required
        }
        // A disjunction: whichever clause matches holds every group of its own, so the union of one group from each
        // clause is necessary. If one clause can match anything, so can the disjunction.
        Set<String> union = new HashSet<>();
        for (Query clause : optional) {
            List<Set<String>> clauseGroups = of(clause);
            if (clauseGroups.isEmpty()) {
                return;
            }
            union.addAll(clauseGroups.stream().min(Comparator.comparingInt(Set::size)).orElseThrow());
        }
        groups.add(Set.copyOf(union));
    }

    private static Query unwrap(Query query) {
        if (query instanceof BoostQuery boost) {
            return unwrap(boost.getQuery());
        }
        return query instanceof ConstantScoreQuery constant ? unwrap(constant.getQuery()) : query;
    }

    private static Set<String> keys(Term[] terms) {
        Set<String> keys = new HashSet<>();
        for (Term term : terms) {
            keys.add(key(term));
        }
        return Set.copyOf(keys);
    }

    private static String key(Term term) {
        return key(term.field(), term.text());
    }
}
