package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.QuerySyntax;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private final QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());
    private final Highlights highlights = new Highlights();

    private Highlights.Targets targets(String query) throws Exception {
        return Highlights.targetsOf(syntax.parse(query));
    }

    @Test
    void marksWhatMatchedAsAnalysedAndEscapesTheRest() throws Exception {
        assertThat(highlights.snippet("text", targets("cafe OR queue* OR \"rude driver\" OR accueil"),
                "Le café <b>& queues</b>, a rude driver. L'accueil!"))
                .isEqualTo("Le <mark>café</mark> &lt;b&gt;&amp; <mark>queues</mark>&lt;/b&gt;, a <mark>rude</mark> "
                        + "<mark>driver</mark>. <mark>L&#x27;accueil</mark>!");
        assertThat(highlights.snippet("text", targets("delivry~1"), "Late delivery.")).isEqualTo(
                "Late <mark>delivery</mark>.");
    }

    @Test
    void excludedTermsAndOtherFieldsAreNotMarked() throws Exception {
        Highlights.Targets targets = targets("title:queue AND -text:late");

        assertThat(highlights.snippet("text", targets, "late & slow")).isEqualTo("late &amp; slow");
        assertThat(highlights.snippet("title", targets, "Queue")).isEqualTo("<mark>Queue</mark>");
        assertThat(highlights.snippet("title", targets, null)).isNull();
        assertThat(highlights.snippet("text", Highlights.targetsOf(null), "plain")).isEqualTo("plain");
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() throws Exception {
        String text = "word ".repeat(100) + "needle " + "word ".repeat(100);

        String snippet = highlights.snippet("text", targets("needle"), text);

        assertThat(snippet).startsWith("…word ").endsWith("…").contains("<mark>needle</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSize(Highlights.SNIPPET_CHARS + 2);
        assertThat(highlights.snippet("text", targets("absent"), text)).startsWith("word word").endsWith("…");
    }
}
