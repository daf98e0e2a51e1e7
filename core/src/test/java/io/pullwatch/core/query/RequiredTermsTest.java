package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredTermsTest {

    private final QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());

    @Test
    void aPhraseNeedsEachOfItsWords() throws InvalidQueryException {
        assertThat(groups("\"winter coat\"~3")).containsExactly(Set.of(text("winter")), Set.of(text("coat")));
    }

    @Test
    void aConjunctionNeedsEveryClauseAndADisjunctionOneTermOfEachBranch() throws InvalidQueryException {
        assertThat(groups("store:Lille-Centre AND (parka OR \"winter coat\")")).containsExactly(
                Set.of(RequiredTerms.key("store", "lille-centre")),
                Set.of(text("parka"), text("winter")));
    }

    @Test
    void prohibitionsWildcardsAndRangesAddNoGroup() throws InvalidQueryException {
        assertThat(groups("coat AND NOT refund")).containsExactly(Set.of(text("coat")));
        assertThat(groups("coat*")).isEmpty();
        assertThat(groups("rating:[1 TO 2]")).isEmpty();
        assertThat(groups("coat OR park*")).isEmpty(); // one branch can match anything, so can the disjunction
    }

    @Test
    void optionalClausesBesideARequiredOneAddNothing() throws InvalidQueryException {
        assertThat(groups("+coat parka")).containsExactly(Set.of(text("coat")));
    }

    @Test
    void aTopLevelDisjunctionKeepsOneConditionPerBranch() throws InvalidQueryException {
        assertThat(RequiredTerms.alternativesOf(syntax.parse("hashtag:flash30 OR \"winter coat\"")))
                .containsExactly(List.of(Set.of(RequiredTerms.key("hashtag", "flash30"))),
                        List.of(Set.of(text("winter")), Set.of(text("coat"))));
        assertThat(RequiredTerms.alternativesOf(syntax.parse("coat OR park*"))).contains(List.of());
        assertThat(RequiredTerms.alternativesOf(syntax.parse("+coat parka")))
                .containsExactly(List.of(Set.of(text("coat"))));
    }

    private List<Set<String>> groups(String query) throws InvalidQueryException {
        return RequiredTerms.of(syntax.parse(query));
    }

    private static String text(String word) {
        return RequiredTerms.key("text", word);
    }
}
