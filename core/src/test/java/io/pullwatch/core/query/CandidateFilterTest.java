package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {

    private final Analyzer analyzer = FeedbackAnalyzers.perField();
    private final QuerySyntax syntax = new QuerySyntax(analyzer);
    private final CandidateFilter filter = new CandidateFilter();

    @Test
    void aDocumentMustHoldATermOfEveryRequiredGroup() throws InvalidQueryException {
        put("q1", "\"winter coat\" AND store:lille-centre");

        assertThat(filter.candidates(doc("Lovely winter coat", Map.of("store", List.of("lille-centre"))))).isOne();
        assertThat(filter.candidates(doc("Lovely winter coat", Map.of("store", List.of("paris-rivoli"))))).isZero();
        assertThat(filter.candidates(doc("Lovely winter", Map.of("store", List.of("lille-centre"))))).isZero();
    }

    @Test
    void aDisjunctionPassesOnAnyOfItsBranches() throws InvalidQueryException {
        put("q1", "store:lille-centre AND (queue OR \"sold out\" OR rupture)");

        Map<String, List<String>> lille = Map.of("store", List.of("lille-centre"));
        assertThat(filter.candidates(doc("what a queue", lille))).isOne();
        assertThat(filter.candidates(doc("sold quickly", lille))).isOne(); // necessary, not sufficient: Monitor decides
        assertThat(filter.candidates(doc("en rupture", lille))).isOne();
        assertThat(filter.candidates(doc("lovely staff", lille))).isZero();
    }

    @Test
    void eachBranchOfATopLevelDisjunctionIsCheckedWhole() throws InvalidQueryException {
        put("q1", "hashtag:flash30 OR \"winter coat\"");

        assertThat(filter.candidates(doc("a winter coat", Map.of()))).isOne();
        assertThat(filter.candidates(doc("nothing", Map.of("hashtag", List.of("flash30"))))).isOne();
        assertThat(filter.candidates(doc("a winter parka", Map.of()))).isZero();
    }

    @Test
    void prohibitedAndOptionalClausesDoNotConstrain() throws InvalidQueryException {
        put("q1", "coat AND NOT refund");
        put("q2", "coat parka^2 anorak");

        assertThat(filter.candidates(doc("coat and refund", Map.of()))).isEqualTo(2);
        assertThat(filter.candidates(doc("an anorak", Map.of()))).isOne();
    }

    @Test
    void aQueryTheGroupsCannotExpressPassesEveryDocumentUntilRemoved() throws InvalidQueryException {
        put("q1", "winter");
        put("ranges", "rating:[1 TO 2]");
        put("wild", "coat*");
        assertThat(filter.candidates(doc("nothing here", Map.of()))).isEqualTo(2);

        filter.remove("ranges");
        filter.remove("wild");
        assertThat(filter.candidates(doc("nothing here", Map.of()))).isZero();
    }

    @Test
    void aRangeBesideATermStillRequiresTheTerm() throws InvalidQueryException {
        put("q1", "rating:[1 TO 2] AND zipper");

        assertThat(filter.candidates(doc("broken zipper", Map.of()))).isOne();
        assertThat(filter.candidates(doc("broken button", Map.of()))).isZero();
    }

    @Test
    void replacingAQueryForgetsItsOldTerms() throws InvalidQueryException {
        put("q1", "winter");
        put("q1", "summer");

        assertThat(filter.candidates(doc("winter", Map.of()))).isZero();
        assertThat(filter.candidates(doc("Summer!", Map.of()))).isOne();
    }

    private void put(String id, String query) throws InvalidQueryException {
        filter.put(id, syntax.parse(query));
    }

    private Set<String> doc(String text, Map<String, List<String>> keywords) {
        return CandidateFilter.documentTerms(analyzer, text, null, keywords);
    }
}
