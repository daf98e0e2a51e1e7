package io.pullwatch.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Refuses a query whose wildcards, prefixes, fuzzy terms or regular expressions would expand to more than a bound of
 * index terms ("a*" over a million documents), before it runs: each expansion is enumerated against the index, up
 * to the bound.
 */
public final class ExpansionGuard {

    private final int maxExpansions;

    public ExpansionGuard(int maxExpansions) {
        this.maxExpansions = maxExpansions;
    }

    public void check(IndexSearcher searcher, Query query) {
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                if (leaf instanceof MultiTermQuery multiTerm) {
                    long expansions = expansions(searcher, multiTerm, field);
                    if (expansions > maxExpansions) {
                        throw new InvalidRequestException("'" + leaf + "' matches more than " + maxExpansions
                                + " different terms; make the wildcard, prefix or regular expression more specific");
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
    }

    private long expansions(IndexSearcher searcher, MultiTermQuery query, String field) {
        long count = 0;
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum matching = query.getTermsEnum(terms);
                while (matching.next() != null) {
                    if (++count > maxExpansions) {
                        return count;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
