package io.pullwatch.core.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Monitor's term presearcher, sharpened by each query's {@link RequiredTerms}. The term presearcher indexes a query
 * under the terms of one of its clauses, so any document holding one of them selects it; with thousands of saved
 * searches sharing everyday words, Monitor then runs ten times more queries than match. This presearcher also stores
 * each query's required terms in its query-index document, and selects only the queries whose required terms the
 * documents being matched hold, checked with a few hash lookups per candidate before Monitor runs any query.
 */
final class RequiredTermsPresearcher extends Presearcher {

    static final String CONDITIONS_FIELD = "__required_terms";
    private static final char TERM_SEPARATOR = '\u0001';
    private static final char GROUP_SEPARATOR = '\u0002';
    private static final char ALTERNATIVE_SEPARATOR = '\u0003';

    private final Presearcher terms;
    /** Conditions decoded from the query index, by their encoded form: one entry per distinct query shape. */
    private final Map<String, List<List<Set<String>>>> decoded = new ConcurrentHashMap<>();

    RequiredTermsPresearcher(Presearcher terms) {
        this.terms = terms;
    }

    @Override
    public Document indexQuery(Query query, Map<String, String> metadata) {
        Document document = terms.indexQuery(query, metadata);
        document.add(new BinaryDocValuesField(CONDITIONS_FIELD,
                new BytesRef(encode(RequiredTerms.alternativesOf(query)))));
        return document;
    }

    @Override
    public Query buildQuery(LeafReader reader, BiPredicate<String, BytesRef> termAcceptor) {
        return new BooleanQuery.Builder()
                .add(terms.buildQuery(reader, termAcceptor), BooleanClause.Occur.MUST)
                .add(new MeetsRequiredTerms(termsOf(reader)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Every term of the documents being matched, as {@link RequiredTerms#key} keys. */
    private static Set<String> termsOf(LeafReader reader) {
        Set<String> keys = new HashSet<>();
        try {
            for (FieldInfo field : reader.getFieldInfos()) {
                Terms fieldTerms = field.getIndexOptions() == IndexOptions.NONE ? null : reader.terms(field.name);
                if (fieldTerms == null) {
                    continue;
                }
                TermsEnum iterator = fieldTerms.iterator();
                for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                    keys.add(RequiredTerms.key(field.name, term.utf8ToString()));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // the documents are in memory: only a bug gets here
        }
        return keys;
    }

    static String encode(List<List<Set<String>>> alternatives) {
        StringBuilder encoded = new StringBuilder();
        for (List<Set<String>> groups : alternatives) {
            if (!encoded.isEmpty()) {
                encoded.append(ALTERNATIVE_SEPARATOR);
            }
            StringBuilder alternative = new StringBuilder();
            for (Set<String> group : groups) {
                if (!alternative.isEmpty()) {
                    alternative.append(GROUP_SEPARATOR);
                }
                alternative.append(String.join(String.valueOf(TERM_SEPARATOR), group));
            }
            encoded.append(alternative);
        }
        return encoded.toString();
    }

    static List<List<Set<String>>> decode(String encoded) {
        List<List<Set<String>>> alternatives = new ArrayList<>();
        for (String alternative : encoded.split(String.valueOf(ALTERNATIVE_SEPARATOR), -1)) {
            List<Set<String>> groups = new ArrayList<>();
            if (!alternative.isEmpty()) {
                for (String group : alternative.split(String.valueOf(GROUP_SEPARATOR), -1)) {
                    groups.add(Set.of(group.split(String.valueOf(TERM_SEPARATOR), -1)));
                }
            }
            alternatives.add(groups);
        }
        return alternatives;
    }

    /** Matches the query-index documents whose required terms the documents being matched hold. */
    private final class MeetsRequiredTerms extends Query {

        private final Set<String> documentTerms;

        MeetsRequiredTerms(Set<String> documentTerms) {
            this.documentTerms = documentTerms;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    BinaryDocValues conditions = context.reader().getBinaryDocValues(CONDITIONS_FIELD);
                    DocIdSetIterator all = DocIdSetIterator.all(context.reader().maxDoc());
                    if (conditions == null) {
                        return new ConstantScoreScorer(this, score(), scoreMode, all);
                    }
                    return new ConstantScoreScorer(this, score(), scoreMode, new TwoPhaseIterator(all) {
                        @Override
                        public boolean matches() throws IOException {
                            // A query indexed without conditions (none recorded) can match anything.
                            return !conditions.advanceExact(all.docID()) || meetsOne(conditions.binaryValue());
                        }

                        @Override
                        public float matchCost() {
                            return 10;
                        }
                    });
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false; // the answer depends on the documents being matched, not only on the index
                }
            };
        }

        private boolean meetsOne(BytesRef encoded) {
            List<List<Set<String>>> alternatives =
                    decoded.computeIfAbsent(encoded.utf8ToString(), RequiredTermsPresearcher::decode);
            return CandidateFilter.meetsOne(documentTerms, alternatives);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "MeetsRequiredTerms(" + documentTerms.size() + " terms)";
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
