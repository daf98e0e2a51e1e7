package io.pullwatch.search.index;

import io.pullwatch.core.query.FeedbackFields;
import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * A privacy request: everything one author wrote is deleted, made invisible to searches at once and committed, so
 * that a restart cannot bring it back from records already read.
 */
public final class Erasure {

    private final FeedbackIndex index;

    public Erasure(FeedbackIndex index) {
        this.index = index;
    }

    /** Erases the author's feedback; returns how many records were erased. */
    public long eraseAuthor(String authorId) throws IOException {
        if (authorId == null || authorId.isBlank()) {
            throw new IllegalArgumentException("the author id is empty");
        }
        long erased = index.delete(new TermQuery(new Term(FeedbackFields.AUTHOR, authorId.toLowerCase(Locale.ROOT))));
        index.refresh();
        index.commit();
        return erased;
    }
}
