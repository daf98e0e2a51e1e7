package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.monitor.Presearcher;
import org.junit.jupiter.api.Test;

class PresearchTermsTest {

    private final Analyzer analyzer = FeedbackAnalyzers.perField();
    private final QuerySyntax syntax = new QuerySyntax(analyzer);
    private final Presearcher presearcher = StandingQueries.presearcher();
    private final PresearchTerms terms = new PresearchTerms();

    /** The conjunction is indexed under its most selective term, the phrase's longest word, not the store. */
    @Test
    void documentsWithoutAnIndexedTermAreRuledOut() throws InvalidQueryException {
        put("q1", "\"winter coat\" AND store:lille-centre");
        put("q2", "hashtag:flash30");

        assertThat(terms.mayMatch(doc("Lovely winter coats", Map.of()))).isTrue();
        assertThat(terms.mayMatch(doc("nothing here", Map.of("hashtag", List.of("flash30"))))).isTrue();
        assertThat(terms.mayMatch(doc("nothing here", Map.of("store", List.of("lille-centre"))))).isFalse();
    }

    @Test
    void aQueryWithoutTermsTurnsTheShortcutOffUntilRemoved() throws InvalidQueryException {
        put("q1", "winter");
        put("ranges", "rating:[1 TO 2]");
        assertThat(terms.mayMatch(doc("nothing here", Map.of()))).isTrue();

        terms.remove("ranges");
        assertThat(terms.mayMatch(doc("nothing here", Map.of()))).isFalse();
    }

    @Test
    void replacingAQueryForgetsItsOldTerms() throws InvalidQueryException {
        put("q1", "winter");
        put("q1", "summer");

        assertThat(terms.mayMatch(doc("winter", Map.of()))).isFalse();
        assertThat(terms.mayMatch(doc("Summer!", Map.of()))).isTrue();
    }

    private void put(String id, String query) throws InvalidQueryException {
        terms.put(id, presearcher.indexQuery(syntax.parse(query), Map.of()));
    }

    private Map<String, Set<String>> doc(String text, Map<String, List<String>> keywords) {
        return PresearchTerms.documentTerms(analyzer, text, null, keywords);
    }
}
