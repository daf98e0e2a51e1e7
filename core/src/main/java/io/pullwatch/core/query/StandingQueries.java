package io.pullwatch.core.query;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.QueryMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;

/**
 * Saved searches matched against live feedback with Lucene Monitor: each query is indexed once by the terms it needs,
 * and each batch of feedback selects, through Monitor's presearcher, only the queries that could match it; only
 * those run. Matching a batch costs much less than its events one by one, so callers should hand over batches.
 *
 * <p>The presearcher indexes a conjunction by its most selective term. Field weights steer that choice away from the
 * fields every store or language shares ({@code store:lille-centre AND queue} is indexed under "queue", not under a
 * store that sends every one of its events to the query).
 *
 * <p>Not thread-safe for updates; one instance per operator subtask.
 */
public final class StandingQueries implements AutoCloseable {

    /** Weight of terms in fields with few distinct values, relative to words of the text. */
    private static final double COMMON_FIELD_WEIGHT = 0.05;
    /**
     * Documents that Monitor matches together rather than one by one. Monitor indexes a batch of several documents
     * with a full index writer, a fixed cost that pays off only once it replaces that many searches of the query index
     * (measured with {@code ./pullwatch bench queries}).
     */
    static final int MIN_MULTI_DOCUMENT_BATCH = 16;
    static final Set<String> COMMON_FIELDS = Set.of(FeedbackFields.STORE, FeedbackFields.LANG,
            FeedbackFields.PLATFORM, FeedbackFields.SENTIMENT, FeedbackFields.ASPECT);

    private final Monitor monitor;
    private final CandidateFilter candidateFilter = new CandidateFilter();
    private final Analyzer analyzer;
    private final QuerySyntax syntax;
    private final Map<String, String> queries = new HashMap<>();
    private final Map<String, Query> parsed = new HashMap<>();
    /** Each query's terms in keyword fields, to report which of them a match used. */
    private final Map<String, Map<String, Set<String>>> keywordTerms = new HashMap<>();
    private long eventsMatched;
    private long candidatesRun;
    private long eventsToMonitor;

    public StandingQueries() {
        this.analyzer = FeedbackAnalyzers.perField();
        this.syntax = new QuerySyntax(analyzer);
        try {
            this.monitor = new Monitor(analyzer, new RequiredTermsPresearcher(presearcher()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory query index", e);
        }
    }

    /** Monitor's term presearcher, with {@link #COMMON_FIELDS} weighted down. */
    static Presearcher presearcher() {
        TermWeightor weightor = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
                TermWeightor.fieldWeightor(COMMON_FIELD_WEIGHT, COMMON_FIELDS));
        return new TermFilteredPresearcher(weightor, List.of(), Set.of());
    }

    /**
     * Adds a query, or replaces the one with the same id. An invalid query changes nothing: the query it would have
     * replaced stays in force.
     */
    public void put(String id, String query) throws InvalidQueryException {
        Map<String, InvalidQueryException> refused = putAll(Map.of(id, query));
        if (!refused.isEmpty()) {
            throw refused.get(id);
        }
    }

    /**
     * Adds or replaces many queries at once, which is much faster than one by one: Monitor commits its query index
     * once per call. The valid ones take effect; the others are returned by id, and leave what they would have
     * replaced in force.
     */
    public Map<String, InvalidQueryException> putAll(Map<String, String> byId) {
        Map<String, InvalidQueryException> refused = new HashMap<>();
        List<MonitorQuery> valid = new ArrayList<>(byId.size());
        Map<String, Query> parsedById = new HashMap<>();
        byId.forEach((id, query) -> {
            try {
                Query parsed = syntax.parse(query);
                valid.add(new MonitorQuery(id, parsed, query, Map.of()));
                parsedById.put(id, parsed);
            } catch (InvalidQueryException e) {
                refused.put(id, e);
            }
        });
        try {
            monitor.register(valid);
        } catch (IOException | RuntimeException e) {
            // The batch as a whole failed to index (a query Monitor cannot decompose): register one by one to find it.
            if (valid.size() > 1) {
                valid.forEach(q -> refused.putAll(putAll(Map.of(q.getId(), q.getQueryString()))));
                return refused;
            }
            valid.forEach(q -> refused.put(q.getId(), new InvalidQueryException("the query cannot be indexed: " + e)));
            return refused;
        }
        parsedById.forEach((id, query) -> {
            queries.put(id, byId.get(id));
            parsed.put(id, query);
            keywordTerms.put(id, QueryTerms.keywordTermsOf(query));
            candidateFilter.put(id, query);
        });
        return refused;
    }

    /** Removes a query; removing an unknown id does nothing. */
    public void remove(String id) {
        if (queries.remove(id) == null) {
            return;
        }
        parsed.remove(id);
        keywordTerms.remove(id);
        candidateFilter.remove(id);
        try {
            monitor.deleteById(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the index is in memory: only a bug gets here
        }
    }

    public int size() {
        return queries.size();
    }

    public Map<String, String> queries() {
        return Map.copyOf(queries);
    }

    /**
     * The matches of each piece of feedback, in the order given, each sorted by query id. Feedback that no query could
     * match skips Monitor (see {@link CandidateFilter}); the rest is matched as one batch, or one by one when there is
     * too little of it for a batch to pay ({@link #MIN_MULTI_DOCUMENT_BATCH}).
     */
    public List<List<QueryMatch>> match(List<Feedback> batch) {
        List<List<QueryMatch>> results = new ArrayList<>(batch.size());
        List<Integer> candidates = new ArrayList<>();
        List<Map<String, List<String>>> keywordValues = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            results.add(List.of());
            Feedback feedback = batch.get(i);
            Map<String, List<String>> values = FeedbackDocuments.keywordValues(feedback);
            keywordValues.add(values);
            if (!queries.isEmpty() && candidateFilter.candidates(
                    CandidateFilter.documentTerms(analyzer, feedback.text(), feedback.title(), values)) > 0) {
                candidates.add(i);
            }
        }
        eventsMatched += batch.size();
        eventsToMonitor += candidates.size();
        if (candidates.isEmpty()) {
            return results;
        }
        Document[] docs = new Document[candidates.size()];
        for (int c = 0; c < docs.length; c++) {
            int i = candidates.get(c);
            docs[c] = FeedbackDocuments.of(batch.get(i), keywordValues.get(i));
        }
        List<Collection<org.apache.lucene.monitor.QueryMatch>> found = docs.length < MIN_MULTI_DOCUMENT_BATCH
                ? matchOneByOne(docs) : matchTogether(docs);
        for (int c = 0; c < docs.length; c++) {
            int i = candidates.get(c);
            if (found.get(c) != null && !found.get(c).isEmpty()) {
                MatchedTerms matchedTerms = new MatchedTerms(batch.get(i), keywordValues.get(i), docs[c], analyzer);
                results.set(i, toQueryMatches(matchedTerms, found.get(c)));
            }
        }
        return results;
    }

    /** One Monitor call per document: Monitor indexes a lone document in a cheap memory index. */
    private List<Collection<org.apache.lucene.monitor.QueryMatch>> matchOneByOne(Document[] docs) {
        List<Collection<org.apache.lucene.monitor.QueryMatch>> found = new ArrayList<>(docs.length);
        for (Document doc : docs) {
            found.add(matchTogether(new Document[] {doc}).get(0));
        }
        return found;
    }

    /** One Monitor call for all the documents: one search of the query index, one run of each candidate query. */
    private List<Collection<org.apache.lucene.monitor.QueryMatch>> matchTogether(Document[] docs) {
        MultiMatchingQueries<org.apache.lucene.monitor.QueryMatch> matches;
        try {
            matches = monitor.match(docs, org.apache.lucene.monitor.QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the index is in memory: only a bug gets here
        }
        candidatesRun += matches.getQueriesRun();
        List<Collection<org.apache.lucene.monitor.QueryMatch>> found = new ArrayList<>(docs.length);
        for (int c = 0; c < docs.length; c++) {
            found.add(matches.getMatches(c));
        }
        return found;
    }

    public List<QueryMatch> match(Feedback feedback) {
        return match(List.of(feedback)).get(0);
    }

    /** Share of the events so far that the candidate filter let through to Monitor. */
    public double monitoredShare() {
        return eventsMatched == 0 ? 0.0 : (double) eventsToMonitor / eventsMatched;
    }

    /** Mean number of queries Monitor's presearcher selected per event so far: what matching really costs. */
    public double candidatesPerEvent() {
        return eventsMatched == 0 ? 0.0 : (double) candidatesRun / eventsMatched;
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<QueryMatch> toQueryMatches(MatchedTerms matchedTerms,
            Collection<org.apache.lucene.monitor.QueryMatch> matches) {
        List<QueryMatch> result = new ArrayList<>(matches.size());
        for (org.apache.lucene.monitor.QueryMatch match : matches) {
            String id = match.getQueryId();
            result.add(new QueryMatch(id, matchedTerms.of(parsed.get(id), keywordTerms.getOrDefault(id, Map.of()))));
        }
        result.sort((a, b) -> a.queryId().compareTo(b.queryId()));
        return result;
    }
}
