package io.pullwatch.search.index;

import java.io.IOException;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;

/**
 * The threads that keep the index current run below the threads answering queries: reading the topic, refreshing and
 * committing (what makes a record searchable) one step below, merging two. On a small machine a flush or a merge then
 * takes the CPU the queries leave free instead of a share of a query's core, and catches up whenever queries pause.
 * Java passes thread priorities to Linux only with {@code -XX:ThreadPriorityPolicy=1} (and {@code
 * -XX:JavaPriority<n>_To_OSPriority} to say how far below): an opt-in, because on two cores the queries' gain is
 * freshness's loss (README, "Queries first"). Without it the priorities are ignored and nothing changes.
 */
final class BackgroundThreads {

    /** Reading the topic, refreshing, committing: what makes a record searchable. */
    static final int INGEST_PRIORITY = Thread.MIN_PRIORITY + 1;
    /** Merging, which can wait longer than anything else. */
    static final int MERGE_PRIORITY = Thread.MIN_PRIORITY;

    private BackgroundThreads() {}

    /** A daemon thread at the ingest priority. */
    static Thread named(Runnable work, String name) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.setPriority(INGEST_PRIORITY);
        return t;
    }

    /** Lucene's concurrent merge scheduler, its merge threads at the merge priority. */
    static MergeScheduler mergeScheduler() {
        return new ConcurrentMergeScheduler() {
            @Override
            protected synchronized MergeThread getMergeThread(MergeSource source, MergePolicy.OneMerge merge)
                    throws IOException {
                MergeThread thread = super.getMergeThread(source, merge);
                thread.setPriority(MERGE_PRIORITY);
                return thread;
            }
        };
    }
}
