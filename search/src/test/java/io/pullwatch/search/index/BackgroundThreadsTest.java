package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.InfoStream;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

    @Test
    void ingestThreadsAreDaemonsBelowTheQueryThreadsAndAboveMerges() throws Exception {
        AtomicInteger seen = new AtomicInteger(-1);
        Thread thread = BackgroundThreads.named(() -> seen.set(Thread.currentThread().getPriority()), "indexer");
        thread.start();
        thread.join();

        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("indexer");
        assertThat(seen.get()).isEqualTo(BackgroundThreads.INGEST_PRIORITY).isLessThan(Thread.NORM_PRIORITY);
        assertThat(BackgroundThreads.MERGE_PRIORITY).isLessThan(BackgroundThreads.INGEST_PRIORITY);
    }

    @Test
    void mergesRunOnThreadsAtTheMergePriority() throws Exception {
        Set<Integer> mergePriorities = ConcurrentHashMap.newKeySet();
        InfoStream mergeThreads = new InfoStream() {
            @Override
            public void message(String component, String message) {
                if (Thread.currentThread().getName().startsWith("Lucene Merge Thread")) {
                    mergePriorities.add(Thread.currentThread().getPriority());
                }
            }

            @Override
            public boolean isEnabled(String component) {
                return true;
            }

            @Override
            public void close() {}
        };
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                        .setMergeScheduler(BackgroundThreads.mergeScheduler()).setInfoStream(mergeThreads))) {
            for (int segment = 0; segment < 3; segment++) {
                Document doc = new Document();
                doc.add(new StringField("id", "doc-" + segment, Field.Store.NO));
                writer.addDocument(doc);
                writer.commit();
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(1);
            }
        }

        assertThat(mergePriorities).containsExactly(BackgroundThreads.MERGE_PRIORITY);
    }
}
