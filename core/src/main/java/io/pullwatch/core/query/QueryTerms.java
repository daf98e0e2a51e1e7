package io.pullwatch.core.query;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** What a parsed query asks of the keyword fields, collected with Lucene's query visitor. */
final class QueryTerms {

    private QueryTerms() {}

    /**
     * Keyword field → the values the query names there, and {@code rating} → nothing when the query tests the rating.
     * Prohibited clauses are left out: they never make a match.
     */
    static Map<String, Set<String>> keywordTermsOf(Query query) {
        Map<String, Set<String>> terms = new HashMap<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... leafTerms) {
                for (Term term : leafTerms) {
                    if (FeedbackFields.KEYWORDS.contains(term.field())) {
                        terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.text());
                    }
                }
            }

            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof PointRangeQuery points && points.getField().equals(FeedbackFields.RATING)) {
                    terms.computeIfAbsent(FeedbackFields.RATING, f -> new HashSet<>());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return terms;
    }
}
