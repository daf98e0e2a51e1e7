package io.pullwatch.search.query;

import com.fasterxml.jackson.databind.ObjectReader;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.core.query.IndexedFeedback;
import io.pullwatch.core.query.InvalidQueryException;
import io.pullwatch.core.query.QuerySyntax;
import io.pullwatch.search.access.AccessPolicy;
import io.pullwatch.search.access.Principal;
import io.pullwatch.search.index.IndexedFeedbackReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * Answers searches, facet counts, histograms and look-ups by id over the current index, for a principal: the query
 * is parsed with the live matcher's syntax, restricted by the request's filters and by what the principal may see,
 * checked for runaway expansion, and run under a time limit. Every refusal is an {@link InvalidRequestException} or
 * a {@link io.pullwatch.search.access.ForbiddenException}.
 */
public final class SearchService {

    private static final Sort NEWEST = new Sort(new SortedNumericSortField(FeedbackFields.TIME, SortField.Type.LONG, true));
    private static final Sort OLDEST = new Sort(new SortedNumericSortField(FeedbackFields.TIME, SortField.Type.LONG));
    private static final Set<String> SOURCE_ONLY = Set.of(FeedbackFields.SOURCE);
    /** Hits are counted exactly up to this many, as IndexSearcher's own searches do; beyond it, "at least". */
    private static final int TOTAL_HITS_THRESHOLD = 1_000;

    /** One result: its id, score (NaN when sorted by time), highlighted text and title, and the stored record. */
    public record Hit(String id, float score, String text, String title, String sourceJson) {}

    public record Results(long total, boolean totalIsExact, int offset, List<Hit> hits) {}

    public record Facets(long total, Map<String, List<FacetCounts.Bucket>> fields) {}

    private final SearcherManager searchers;
    private final QuerySyntax syntax = QuerySyntax.forSearchIndex(FeedbackAnalyzers.perField());
    private final ExpansionGuard guard;
    private final Highlights highlights = new Highlights();
    /** Facet and histogram results of unchanged segments, so that under ingest only new segments are counted. */
    private final LeafResults segmentResults = new LeafResults();
    private final long timeoutMillis;
    private final ObjectReader feedbackReader = JsonMappers.create().readerFor(Feedback.class);
    /** Reads a hit's id, text and title from its stored record without decoding all of it. */
    private final IndexedFeedbackReader sourceReader = new IndexedFeedbackReader();

    public SearchService(SearcherManager searchers, int maxExpansions, Duration timeout) {
        this.searchers = searchers;
        this.guard = new ExpansionGuard(maxExpansions);
        this.timeoutMillis = timeout.toMillis();
    }

    public Results search(SearchRequest request, Principal principal) throws IOException {
        return withSearcher(searcher -> {
            Query user = userQuery(request);
            ExcludedClauses split = ExcludedClauses.of(user);
            ExcludedClauses query = new ExcludedClauses(
                    restricted(searcher, request, principal, user, split.positive()), split.excluded());
            int n = Math.min(request.offset() + request.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
            TopDocs top = switch (request.sort()) {
                case RELEVANCE -> query.search(searcher, new TopScoreDocCollectorManager(n, TOTAL_HITS_THRESHOLD));
                case NEWEST -> query.search(searcher, new TopFieldCollectorManager(NEWEST, n, TOTAL_HITS_THRESHOLD));
                case OLDEST -> query.search(searcher, new TopFieldCollectorManager(OLDEST, n, TOTAL_HITS_THRESHOLD));
            };
            checkTime(searcher);
            List<Hit> hits = new ArrayList<>();
            Highlights.Targets targets = Highlights.targetsOf(user);
            var stored = searcher.storedFields();
            for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc doc = top.scoreDocs[i];
                BytesRef source = stored.document(doc.doc, SOURCE_ONLY).getBinaryValue(FeedbackFields.SOURCE);
                IndexedFeedback feedback = sourceReader.read(source.bytes, source.offset, source.length);
                hits.add(new Hit(feedback.feedbackId(), doc.score,
                        highlights.snippet(FeedbackFields.TEXT, targets, feedback.text()),
                        highlights.snippet(FeedbackFields.TITLE, targets, feedback.title()), source.utf8ToString()));
            }
            return new Results(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.EQUAL_TO,
                    request.offset(), hits);
        });
    }

    public Facets facets(SearchRequest request, Principal principal) throws IOException {
        return withSearcher(searcher -> {
            Query user = userQuery(request);
            Query query = restricted(searcher, request, principal, user, user);
            FacetCounts.Counts counts =
                    FacetCounts.count(searcher, query, FeedbackFields.FACETS, request.facetSize(), segmentResults);
            checkTime(searcher);
            return new Facets(counts.total(), counts.fields());
        });
    }

    public TimeHistogram.Histogram histogram(SearchRequest request, Principal principal) throws IOException {
        return withSearcher(searcher -> {
            Query user = userQuery(request);
            Query query = restricted(searcher, request, principal, user, user);
            TimeHistogram.Histogram histogram =
                    TimeHistogram.count(searcher, query, request.from(), request.to(), request.interval(),
                            segmentResults);
            checkTime(searcher);
            return histogram;
        });
    }

    /** The stored record of one feedback id, if indexed and visible to the principal. */
    public Optional<String> get(String feedbackId, Principal principal) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(FeedbackFields.ID, feedbackId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.<String>empty();
            }
            BytesRef source = searcher.storedFields().document(top.scoreDocs[0].doc, SOURCE_ONLY)
                    .getBinaryValue(FeedbackFields.SOURCE);
            String json = source.utf8ToString();
            AccessPolicy.requireCanRead(principal, feedbackReader.<Feedback>readValue(json).storeId());
            return Optional.of(json);
        });
    }

    /** Checks a saved query's text as a search would; the message says where and why it is wrong. */
    public void validate(String queryText) {
        try {
            syntax.parse(queryText);
        } catch (InvalidQueryException e) {
            throw new InvalidRequestException("invalid query: " + e.getMessage());
        }
    }

    private Query userQuery(SearchRequest request) {
        if (request.query() == null) {
            return null;
        }
        try {
            return syntax.parse(request.query());
        } catch (InvalidQueryException e) {
            throw new InvalidRequestException("invalid query: " + e.getMessage());
        }
    }

    /**
     * What is matched of the user's query ({@code matching}: all of it, or its part without the excluded clauses)
     * within the request's filters and the stores the principal may see; the whole query is checked.
     */
    private Query restricted(IndexSearcher searcher, SearchRequest request, Principal principal, Query user,
            Query matching) {
        if (user != null) {
            guard.check(searcher, user);
        }
        SearchRequest scoped = request.withStores(AccessPolicy.storesFor(principal, request.stores(), user));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(matching != null ? matching : new MatchAllDocsQuery(), Occur.MUST);
        scoped.filters().forEach((field, values) -> query.add(values.size() == 1
                ? new TermQuery(new Term(field, values.get(0)))
                : new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER));
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli() - 1;
            query.add(LongField.newRangeQuery(FeedbackFields.TIME, from, to), Occur.FILTER);
        }
        if (request.ratingMin() != null || request.ratingMax() != null) {
            query.add(DoublePoint.newRangeQuery(FeedbackFields.RATING,
                    request.ratingMin() == null ? Double.NEGATIVE_INFINITY : request.ratingMin(),
                    request.ratingMax() == null ? Double.POSITIVE_INFINITY : request.ratingMax()), Occur.FILTER);
        }
        return query.build();
    }

    private void checkTime(IndexSearcher searcher) {
        if (searcher.timedOut()) {
            throw new InvalidRequestException("the query ran longer than " + timeoutMillis
                    + " ms and was stopped; make it more specific or narrow the time range");
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs work on a searcher of the current index, under the time limit. */
    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher current = searchers.acquire();
        try {
            IndexSearcher limited = new IndexSearcher(current.getIndexReader());
            limited.setTimeout(new QueryTimeoutImpl(timeoutMillis));
            return work.apply(limited);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("the query expands to more than " + IndexSearcher.getMaxClauseCount()
                    + " clauses; make it more specific");
        } finally {
            searchers.release(current);
        }
    }

}
