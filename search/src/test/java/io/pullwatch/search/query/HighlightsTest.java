package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.QuerySyntax;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private final QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());
    private final Highlights highlights = new Highlights();

    @Test
    void marksWhatMatchedAsAnalysedAndEscapesTheRest() throws Exception {
        Query query = syntax.parse("cafe OR queue* OR \"rude driver\"");
        Set<String> fields = Highlights.fieldsOf(query);

        assertThat(highlights.snippet("text", query, fields, "Le café <b>& queues</b>, a rude driver."))
                .isEqualTo("Le <mark>café</mark> &lt;b&gt;&amp; <mark>queues</mark>&lt;&#x2F;b&gt;, a "
                        + "<mark>rude driver</mark>."); // a phrase is marked as one
    }

    @Test
    void aFieldTheQueryDoesNotLookInIsEscapedAndShortened() throws Exception {
        Query query = syntax.parse("title:queue AND -text:late");
        Set<String> fields = Highlights.fieldsOf(query);

        assertThat(fields).containsExactly("title");
        assertThat(highlights.snippet("text", query, fields, "late & slow")).isEqualTo("late &amp; slow");
        assertThat(highlights.snippet("text", null, Set.of(), "x".repeat(300))).hasSize(Highlights.SNIPPET_CHARS + 1);
        assertThat(highlights.snippet("title", query, fields, "Queue")).isEqualTo("<mark>Queue</mark>");
        assertThat(highlights.snippet("title", query, fields, null)).isNull();
    }
}
