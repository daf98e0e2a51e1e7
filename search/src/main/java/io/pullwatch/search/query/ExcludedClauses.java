package io.pullwatch.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.Weight;

/**
 * A query's top-level prohibited clauses ({@code … AND NOT word}) applied to the documents as they are collected
 * rather than inside the query. Lucene 9's {@code ReqExclBulkScorer} scores the rest of the query in one window per
 * excluded document, and a common excluded word chops a million-document index into tens of thousands of windows:
 * {@code (a OR b) AND NOT c} took 3 to 5 times as long as {@code a OR b} (4.5–11 ms against 1–2.8 ms on the search
 * benchmark's index, where c matches about 5% of the documents). Collected documents arrive in increasing order
 * within a segment, so one forward-only pass over the excluded documents decides each of them; the excluded
 * documents are never collected, so they neither count in the total nor raise the score a hit must beat, and the
 * hits and total are those of the whole query.
 *
 * @param positive the query without its prohibited clauses
 * @param excluded any document matching this is left out; null when the query had no prohibited clause to lift
 */
record ExcludedClauses(Query positive, Query excluded) {

    /**
     * Splits off the prohibited clauses of a boolean query that also has clauses a document must or may match. A
     * query made only of prohibited clauses matches nothing in Lucene, and is kept whole so that it still does.
     */
    static ExcludedClauses of(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return new ExcludedClauses(query, null);
        }
        BooleanQuery.Builder positive = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        List<Query> prohibited = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() == Occur.MUST_NOT) {
                prohibited.add(clause.getQuery());
            } else {
                positive.add(clause);
            }
        }
        if (prohibited.isEmpty() || prohibited.size() == bool.clauses().size()) {
            return new ExcludedClauses(query, null);
        }
        return new ExcludedClauses(positive.build(), prohibited.size() == 1 ? prohibited.get(0) : anyOf(prohibited));
    }

    private static Query anyOf(List<Query> queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    /** The top documents of {@link #positive} that match no excluded clause, collected by {@code collectors}. */
    <C extends TopDocsCollector<?>> TopDocs search(IndexSearcher searcher,
            CollectorManager<C, ? extends TopDocs> collectors) throws IOException {
        if (excluded == null) {
            return searcher.search(positive, collectors);
        }
        Weight exclusion = searcher.createWeight(searcher.rewrite(excluded), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return searcher.search(positive, new Excluding<>(collectors, exclusion));
    }

    /** Wraps each collector of a manager so that it never sees an excluded document. */
    private static final class Excluding<C extends TopDocsCollector<?>>
            implements CollectorManager<Collector, TopDocs> {
        private final CollectorManager<C, ? extends TopDocs> collectors;
        private final Weight exclusion;
        private final List<C> made = new ArrayList<>();

        Excluding(CollectorManager<C, ? extends TopDocs> collectors, Weight exclusion) {
            this.collectors = collectors;
            this.exclusion = exclusion;
        }

        @Override
        public Collector newCollector() throws IOException {
            C collector = collectors.newCollector();
            synchronized (made) {
                made.add(collector);
            }
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    LeafCollector leaf = collector.getLeafCollector(context);
                    Scorer excludedHere = exclusion.scorer(context);
                    return excludedHere == null ? leaf : new ExcludingLeaf(leaf, excludedHere.iterator());
                }

                @Override
                public ScoreMode scoreMode() {
                    return collector.scoreMode();
                }
            };
        }

        @Override
        public TopDocs reduce(Collection<Collector> wrapped) throws IOException {
            synchronized (made) {
                return collectors.reduce(made);
            }
        }
    }

    /** Passes on the documents the excluded clauses do not match, and the collector's own skipping. */
    private static final class ExcludingLeaf implements LeafCollector {
        private final LeafCollector in;
        private final DocIdSetIterator excluded;

        ExcludingLeaf(LeafCollector in, DocIdSetIterator excluded) {
            this.in = in;
            this.excluded = excluded;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            in.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
            int next = excluded.docID() < doc ? excluded.advance(doc) : excluded.docID();
            if (next != doc) {
                in.collect(doc);
            }
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
            return in.competitiveIterator(); // a sort on time still skips documents that cannot make the page
        }

        @Override
        public void finish() throws IOException {
            in.finish();
        }
    }
}
