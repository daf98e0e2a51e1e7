package io.pullwatch.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the searchers of a SearcherManager and closes the readers it has replaced on a thread of its own. A reader
 * is closed by whoever releases it last: the refresh that swaps it out, or a query still running on it. Closing a
 * reader whose segments were merged away unmaps their files, and Lucene's {@code MMapDirectory} yields the CPU once
 * per file before unmapping it, so on a busy two-core machine that cost (a fifth of the refresh thread's samples
 * under ingest) was paid by the refresh that makes records searchable, or by a query. Each reader is held once more
 * here, and that hold is let go, so the reader closed, by the closing thread once nothing else holds it: the
 * SearcherManager has replaced it and no query has it (a replaced reader is never handed out again).
 */
final class DeferredReaderClosing extends SearcherFactory implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredReaderClosing.class);
    static final long CHECK_EVERY_MILLIS = 100;

    private final List<IndexReader> held = new ArrayList<>();
    private final ScheduledExecutorService closer =
            Executors.newSingleThreadScheduledExecutor(r -> BackgroundThreads.named(r, "search-index-closer"));

    /** Starts the closing thread (until then, replaced readers stay open). */
    void start() {
        closer.scheduleWithFixedDelay(this::closeUnused, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
        reader.incRef();
        synchronized (held) {
            held.add(reader);
        }
        return super.newSearcher(reader, previousReader);
    }

    /** Lets go of every reader that only this holds, closing it. */
    void closeUnused() {
        List<IndexReader> unused = new ArrayList<>();
        synchronized (held) {
            for (Iterator<IndexReader> it = held.iterator(); it.hasNext(); ) {
                IndexReader reader = it.next();
                if (reader.getRefCount() == 1) {
                    unused.add(reader);
                    it.remove();
                }
            }
        }
        for (IndexReader reader : unused) {
            try {
                reader.decRef();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing a replaced search reader failed", e);
            }
        }
    }

    /** Readers held here and not yet closed (the current one among them). */
    int held() {
        synchronized (held) {
            return held.size();
        }
    }

    /** Stops the closing thread and lets go of every reader; call after closing the SearcherManager. */
    @Override
    public void close() throws IOException {
        closer.shutdown();
        try {
            closer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<IndexReader> remaining;
        synchronized (held) {
            remaining = new ArrayList<>(held);
            held.clear();
        }
        // Every reader is let go of, even if one fails.
        IOUtils.close(remaining.stream().<Closeable>map(reader -> reader::decRef).toList());
    }
}
