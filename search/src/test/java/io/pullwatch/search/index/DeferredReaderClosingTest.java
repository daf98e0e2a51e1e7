package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class DeferredReaderClosingTest {

    @Test
    void aReplacedReaderIsClosedByTheCloserOnlyOnceNoQueryHoldsIt() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
                DeferredReaderClosing readers = new DeferredReaderClosing()) {
            SearcherManager searchers = new SearcherManager(writer, readers);
            IndexSearcher query = searchers.acquire(); // a query still running on the first reader
            IndexReader first = query.getIndexReader();

            add(writer, "a");
            searchers.maybeRefreshBlocking();

            // The manager has let go of the first reader; the query and this hold keep it open.
            assertThat(first.getRefCount()).isEqualTo(2);
            readers.closeUnused();
            assertThat(first.getRefCount()).isEqualTo(2);
            assertThat(readers.held()).isEqualTo(2);

            searchers.release(query); // the query's release no longer closes it
            assertThat(first.getRefCount()).isEqualTo(1);

            readers.closeUnused();
            assertThat(first.getRefCount()).isZero();
            assertThat(readers.held()).isEqualTo(1);

            IndexSearcher current = searchers.acquire();
            IndexReader last = current.getIndexReader();
            try {
                assertThat(last.getRefCount()).isEqualTo(3); // the manager, this query, the hold
                assertThat(current.count(new MatchAllDocsQuery())).isEqualTo(1);
            } finally {
                searchers.release(current);
            }
            searchers.close();
            assertThat(last.getRefCount()).isEqualTo(1);
            readers.close();
            assertThat(last.getRefCount()).isZero();
        }
    }

    private static void add(IndexWriter writer, String id) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        writer.addDocument(doc);
    }
}
