package io.pullwatch.search.index;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.FeedbackDocuments;
import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.core.query.IndexedFeedback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback search index: one IndexWriter, a SearcherManager reopened near-real-time every refresh interval, and
 * the Kafka position of what has been indexed. A record is indexed by {@code updateDocument} on its feedback id, so
 * reading it twice leaves one document; an id the {@link IdFilter} knows to be new is simply added, which saves
 * looking it up in every segment. {@link #commit()} stores the positions in the Lucene commit's user data,
 * never ahead of the documents committed with them, so a restart resumes from {@link #committedOffsets()} with
 * nothing lost; what it reads again replaces itself.
 */
public final class FeedbackIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackIndex.class);
    private static final String OFFSET_KEY = "kafka.next-offset.";
    /**
     * The fields and analysis this version's documents have, kept in each commit. An index of another schema would
     * answer some queries wrongly (phrases look up {@link FeedbackFields#TEXT_PAIRS}, which schema 1 lacks), so it
     * is refused at start-up rather than served. Schema 1 was written without this key; schema 3 keeps the documents
     * of each segment in {@link FeedbackDocuments#INDEX_ORDER}.
     */
    static final String SCHEMA_KEY = "pullwatch.index-schema";
    static final String SCHEMA = "3";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DeferredReaderClosing readers = new DeferredReaderClosing();
    private final Map<Integer, Long> committedOffsets;
    /** Next offset to read per partition, advanced only after the records before it are in the writer. */
    private final Map<Integer, Long> nextOffsets;
    private final ScheduledExecutorService refresher;
    static final long CATCH_UP_REFRESH_MILLIS = 1_000;
    private volatile boolean catchingUp;
    private long lastRefresh = System.nanoTime();
    /** Which ids may already be in the index: the others are added instead of updated. */
    private final IdFilter ids;
    private final ReentrantReadWriteLock idsLock = new ReentrantReadWriteLock();

    public FeedbackIndex(Directory directory, long refreshIntervalMillis) {
        this.directory = directory;
        try {
            IndexWriterConfig config = new IndexWriterConfig(FeedbackAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setIndexSort(FeedbackDocuments.INDEX_ORDER)
                    .setMergeScheduler(BackgroundThreads.mergeScheduler());
            if (DirectoryReader.indexExists(directory)) {
                requireSchema(directory); // before opening a writer, which would refuse another index order itself
            }
            writer = new IndexWriter(directory, config);
            committedOffsets = offsetsOf(writer.getLiveCommitData());
            nextOffsets = new HashMap<>(committedOffsets);
            searchers = new SearcherManager(writer, readers);
            IndexSearcher opened = searchers.acquire();
            try {
                ids = new IdFilter(Math.max(2L * opened.getIndexReader().maxDoc(), 4_000_000));
                ids.addAll(opened.getIndexReader());
            } finally {
                searchers.release(opened);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> BackgroundThreads.named(r, "search-index-refresh"));
        refresher.scheduleWithFixedDelay(this::refreshQuietly, refreshIntervalMillis, refreshIntervalMillis,
                TimeUnit.MILLISECONDS);
        readers.start();
    }

    private static void requireSchema(Directory directory) throws IOException {
        String found = SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(SCHEMA_KEY, "1");
        if (!found.equals(SCHEMA)) {
            throw new IllegalStateException("the search index in " + directory + " has schema " + found
                    + " and this version reads schema " + SCHEMA + ": stop the service, delete that directory"
                    + " (search.index-dir) and start it again; the index is rebuilt from the feedback topic");
        }
    }

    /** Offsets to resume reading from, per partition of the feedback topic, as of the last commit. */
    public Map<Integer, Long> committedOffsets() {
        return Map.copyOf(committedOffsets);
    }

    /** Adds or replaces the feedback, keyed by its id. */
    public void index(Feedback feedback, byte[] sourceJson) throws IOException {
        index(IndexedFeedback.of(feedback), sourceJson);
    }

    /** Adds or replaces what was read of a record, keyed by its id; {@code sourceJson} is stored as it is. */
    public void index(IndexedFeedback feedback, byte[] sourceJson) throws IOException {
        index(feedback.feedbackId(), FeedbackDocuments.forIndex(feedback, sourceJson));
    }

    public void index(String feedbackId, Document document) throws IOException {
        BytesRef id = new BytesRef(feedbackId);
        idsLock.readLock().lock(); // many indexing threads at once; none while the filter is rebuilt
        try {
            if (ids.putAndCheck(id)) {
                writer.updateDocument(new Term(FeedbackFields.ID, id), document);
            } else {
                writer.addDocument(document); // never seen: nothing to replace
            }
        } finally {
            idsLock.readLock().unlock();
        }
        if (ids.full()) {
            rebuildIdFilter();
        }
    }

    private void rebuildIdFilter() throws IOException {
        idsLock.writeLock().lock();
        try {
            if (!ids.full()) {
                return;
            }
            searchers.maybeRefreshBlocking(); // the reader must show every id given so far
            IndexSearcher searcher = searchers.acquire();
            try {
                ids.rebuild(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } finally {
            idsLock.writeLock().unlock();
        }
    }

    /** Records that every record of {@code partition} before {@code nextOffset} is in the writer. */
    public synchronized void advance(int partition, long nextOffset) {
        nextOffsets.merge(partition, nextOffset, Math::max);
    }

    /** Durably stores the documents and the positions they reach. */
    public void commit() throws IOException {
        Map<String, String> userData = new TreeMap<>();
        userData.put(SCHEMA_KEY, SCHEMA);
        synchronized (this) {
            nextOffsets.forEach((p, o) -> userData.put(OFFSET_KEY + p, Long.toString(o)));
        }
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
        synchronized (this) {
            committedOffsets.clear();
            committedOffsets.putAll(offsetsOf(userData.entrySet()));
        }
    }

    /** Deletes every document the query matches; returns how many were visible before. Searchable at next refresh. */
    public long delete(Query query) throws IOException {
        long count = count(query);
        writer.deleteDocuments(query);
        return count;
    }

    /** Deletes feedback written before {@code epochMillis}. */
    public long deleteOlderThan(long epochMillis) throws IOException {
        return delete(LongField.newRangeQuery(FeedbackFields.TIME, Long.MIN_VALUE, epochMillis - 1));
    }

    public long deleteById(String feedbackId) throws IOException {
        return delete(new TermQuery(new Term(FeedbackFields.ID, feedbackId)));
    }

    public long count(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything indexed so far searchable now, instead of at the next refresh. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    public SearcherManager searchers() {
        return searchers;
    }

    /** Called after each refresh, on the refresh thread (the benchmark times visibility with it). */
    public void addRefreshListener(org.apache.lucene.search.ReferenceManager.RefreshListener listener) {
        searchers.addListener(listener);
    }

    public int documentCount() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Says the indexer is working through a backlog: refreshes then come at most every {@link #CATCH_UP_REFRESH_MILLIS}
     * instead of every refresh interval, since each refresh writes a small segment (and later merges it), which
     * would slow catching up several times; once caught up, the refresh interval applies again.
     */
    public void catchingUp(boolean catchingUp) {
        this.catchingUp = catchingUp;
    }

    private void refreshQuietly() {
        if (catchingUp && System.nanoTime() - lastRefresh < CATCH_UP_REFRESH_MILLIS * 1_000_000L) {
            return;
        }
        lastRefresh = System.nanoTime();
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index refresh failed; retrying at the next interval", e);
        }
    }

    private static Map<Integer, Long> offsetsOf(Iterable<Map.Entry<String, String>> userData) {
        Map<Integer, Long> offsets = new HashMap<>();
        if (userData != null) {
            for (Map.Entry<String, String> e : userData) {
                if (e.getKey().startsWith(OFFSET_KEY)) {
                    offsets.put(Integer.parseInt(e.getKey().substring(OFFSET_KEY.length())), Long.parseLong(e.getValue()));
                }
            }
        }
        return offsets;
    }

    /** Commits what is indexed, then closes. */
    @Override
    public void close() throws IOException {
        refresher.shutdown(); // never interrupt Lucene I/O: an interrupted channel closes under the writer
        try {
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit();
        searchers.close();
        readers.close();
        writer.close();
        directory.close();
    }
}
