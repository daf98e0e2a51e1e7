package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.query.FeedbackFields;
import io.pullwatch.search.testing.TestFeedback;
import java.nio.file.Path;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureTest {

    @Test
    void everythingByTheAuthorIsGoneAtOnceAndStaysGoneAfterReopening(@TempDir Path dir) throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 60_000)) { // no timed refresh
            TestFeedback.indexAll(index, TestFeedback.corpus());

            long erased = new Erasure(index).eraseAuthor("AUTHOR-1");

            assertThat(erased).isEqualTo(2);
            assertThat(index.count(new TermQuery(new Term(FeedbackFields.AUTHOR, "author-1")))).isZero();
            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(4);
        }
        try (FeedbackIndex reopened = new FeedbackIndex(FSDirectory.open(dir), 60_000)) {
            assertThat(reopened.count(new TermQuery(new Term(FeedbackFields.AUTHOR, "author-1")))).isZero();
            assertThat(reopened.count(new MatchAllDocsQuery())).isEqualTo(4);
        }
    }

    @Test
    void anEmptyAuthorIsRefused(@TempDir Path dir) throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(FSDirectory.open(dir), 50)) {
            assertThatThrownBy(() -> new Erasure(index).eraseAuthor(" ")).hasMessageContaining("empty");
        }
    }
}
