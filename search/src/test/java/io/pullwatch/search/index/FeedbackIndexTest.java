package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.query.FeedbackDocuments;
import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.search.testing.TestFeedback;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackIndexTest {

    @Test
    void indexingTheSameFeedbackTwiceLeavesOneDocument() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 50)) {
            Feedback first = TestFeedback.corpus().get(0);
            TestFeedback.indexAll(index, List.of(first, first, first));

            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(1);
            assertThat(index.count(new TermQuery(new Term(FeedbackFields.ID, first.feedbackId())))).isEqualTo(1);
        }
    }

    @Test
    void offsetsCommittedWithTheDocumentsAreReadBackOnReopening(@TempDir Path dir) throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 50)) {
            assertThat(index.committedOffsets()).isEmpty();
            TestFeedback.indexAll(index, TestFeedback.corpus());
            index.advance(0, 4);
            index.advance(1, 2);
            index.advance(0, 3); // never moves back
            index.commit();
        }
        try (FeedbackIndex reopened = new FeedbackIndex(FSDirectory.open(dir), 50)) {
            assertThat(reopened.committedOffsets()).isEqualTo(Map.of(0, 4L, 1, 2L));
            assertThat(reopened.count(new MatchAllDocsQuery())).isEqualTo(TestFeedback.corpus().size());
        }
    }

    @Test
    void eachSegmentKeepsItsDocumentsByLanguageThenShortestTextFirst() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 50)) {
            // arrival order: longest first, the languages interleaved
            TestFeedback.indexAll(index, List.of(
                    french("f1", "La file d'attente à la caisse était vraiment très longue ce matin."),
                    TestFeedback.corpus().get(0), // 9 words
                    french("f2", "Personnel aimable, bon accueil."),
                    TestFeedback.corpus().get(4), // 6 words
                    french("f3", "Rupture de stock.")));
            IndexSearcher searcher = index.searchers().acquire();
            try {
                assertThat(searcher.getIndexReader().leaves()).isNotEmpty();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    assertThat(leaf.reader().getMetaData().getSort()).isEqualTo(FeedbackDocuments.INDEX_ORDER);
                    SortedSetDocValues languages = DocValues.getSortedSet(leaf.reader(), FeedbackFields.LANG);
                    NumericDocValues words = DocValues.getNumeric(leaf.reader(), FeedbackFields.TEXT_WORDS);
                    String previous = "";
                    long previousWords = 0;
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        String language = languages.advanceExact(doc)
                                ? languages.lookupOrd(languages.nextOrd()).utf8ToString() : "";
                        long count = words.advanceExact(doc) ? words.longValue() : 0;
                        assertThat(language).isGreaterThanOrEqualTo(previous);
                        if (language.equals(previous)) {
                            assertThat(count).isGreaterThanOrEqualTo(previousWords);
                        }
                        previous = language;
                        previousWords = count;
                    }
                }
            } finally {
                index.searchers().release(searcher);
            }
        }
    }

    private static Feedback french(String id, String text) {
        Feedback review = TestFeedback.review(id, "lille-centre", "author-fr", 5, 3, SentimentLabel.NEUTRAL, null,
                text);
        return review.withUnderstanding("fr", review.sentiment(), review.aspects());
    }

    @Test
    void anIndexOfAnotherSchemaIsRefusedWithWhatToDoAndLeftAsItWas(@TempDir Path dir) throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter older = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(FeedbackFields.ID, "review:old", Field.Store.NO));
            older.addDocument(doc);
            older.setLiveCommitData(Map.of("kafka.next-offset.0", "1").entrySet());
            older.commit(); // as schema 1 committed: offsets, no schema
        }

        assertThatThrownBy(() -> new FeedbackIndex(FSDirectory.open(dir), 50))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has schema 1 and this version reads schema " + FeedbackIndex.SCHEMA)
                .hasMessageContaining("search.index-dir");
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertThat(reader.numDocs()).isEqualTo(1);
        }
    }

    @Test
    void feedbackIndexedAgainAfterReopeningReplacesItself(@TempDir Path dir) throws Exception {
        var corpus = TestFeedback.corpus();
        try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 50)) {
            TestFeedback.indexAll(index, corpus);
        }
        try (FeedbackIndex reopened = new FeedbackIndex(FSDirectory.open(dir), 50)) {
            TestFeedback.indexAll(reopened, corpus); // as a restart reading from older offsets would
            TestFeedback.indexAll(reopened, corpus.subList(0, 2));

            assertThat(reopened.count(new MatchAllDocsQuery())).isEqualTo(corpus.size());
            assertThat(reopened.documentCount()).isEqualTo(corpus.size());
        }
    }

    @Test
    void newFeedbackBecomesSearchableAtTheNextRefreshWithoutBeingAskedTo() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 20)) {
            Feedback f = TestFeedback.corpus().get(1);
            index.index(f, TestFeedback.json(f));
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (index.count(new MatchAllDocsQuery()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(1);
        }
    }

    @Test
    void whileCatchingUpRefreshesComeAboutEverySecondThenAtTheIntervalAgain() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 20)) {
            Thread.sleep(100);
            index.catchingUp(true);
            Thread.sleep(100); // a refresh already under way when catching up began finishes before the record comes
            Feedback f = TestFeedback.corpus().get(1);
            index.index(f, TestFeedback.json(f));
            Thread.sleep(300);
            assertThat(index.count(new MatchAllDocsQuery())).as("no refresh yet").isZero();
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (index.count(new MatchAllDocsQuery()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(1);

            index.catchingUp(false);
            Feedback g = TestFeedback.corpus().get(2);
            index.index(g, TestFeedback.json(g));
            Thread.sleep(300);
            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(2);
        }
    }

    @Test
    void deletesByTimeAndById() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 50)) {
            TestFeedback.indexAll(index, TestFeedback.corpus());

            long old = index.deleteOlderThan(TestFeedback.T0.plusSeconds(60 * 30).toEpochMilli());
            long byId = index.deleteById("review:r6");
            index.refresh();

            assertThat(old).isEqualTo(3); // r1 (0 min), r2 (10), r4 (20)
            assertThat(byId).isEqualTo(1);
            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(2);
            assertThat(index.documentCount()).isEqualTo(2);
        }
    }
}
