package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.SchemaVersion;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.junit.jupiter.api.Test;

class RequiredTermsPresearcherTest {

    private static final Map<String, String> QUERIES = Map.of(
            "coat", "\"winter coat\"",
            "lille-queue", "store:lille AND queue",
            "wildcard", "coat*",
            "flash-or-sale", "hashtag:flash30 OR \"winter sale\"");

    private static MatchingQueries<QueryMatch> match(Presearcher presearcher, String text, String store)
            throws IOException, InvalidQueryException {
        QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());
        List<MonitorQuery> queries = new ArrayList<>();
        for (Map.Entry<String, String> query : QUERIES.entrySet()) {
            queries.add(new MonitorQuery(query.getKey(), syntax.parse(query.getValue()), query.getValue(), Map.of()));
        }
        try (Monitor monitor = new Monitor(FeedbackAnalyzers.perField(), presearcher)) {
            monitor.register(queries);
            Document doc = FeedbackDocuments.of(Feedback.of(new Mention(SchemaVersion.CURRENT, "m1", "x", "u1", 0L,
                    text, "en", Instant.parse("2026-11-27T10:00:00Z"), null, null, null, store, null, null)));
            return monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
        }
    }

    @Test
    void selectsOnlyTheQueriesWhoseRequiredTermsTheDocumentHoldsAndMatchesTheSame() throws Exception {
        Presearcher stock = StandingQueries.presearcher();
        Presearcher sharp = new RequiredTermsPresearcher(StandingQueries.presearcher());
        String text = "A winter jacket, and a queue at the till";

        MatchingQueries<QueryMatch> byStock = match(stock, text, "paris");
        MatchingQueries<QueryMatch> bySharp = match(sharp, text, "paris");

        assertThat(bySharp.getQueriesRun()).isLessThan(byStock.getQueriesRun());
        assertThat(bySharp.getQueriesRun()).isOne(); // only the wildcard, which required terms cannot constrain
        assertThat(bySharp.getMatches()).isEmpty();
        assertThat(byStock.getMatches()).isEmpty();
    }

    @Test
    void queriesWhoseRequiredTermsAreThereStillMatch() throws Exception {
        Presearcher sharp = new RequiredTermsPresearcher(StandingQueries.presearcher());

        MatchingQueries<QueryMatch> matches = match(sharp, "Winter sale: endless queue for a winter coat", "lille");

        assertThat(matches.getMatches()).extracting(QueryMatch::getQueryId)
                .containsExactlyInAnyOrder("coat", "lille-queue", "wildcard", "flash-or-sale");
    }

    @Test
    void conditionsSurviveTheirEncoding() {
        List<List<Set<String>>> alternatives = List.of(
                List.of(Set.of(RequiredTerms.key("hashtag", "flash30"))),
                List.of(Set.of(RequiredTerms.key("text", "winter")), Set.of(RequiredTerms.key("text", "sale"),
                        RequiredTerms.key("text", "soldes"))));

        assertThat(RequiredTermsPresearcher.decode(RequiredTermsPresearcher.encode(alternatives)))
                .isEqualTo(alternatives);
        assertThat(RequiredTermsPresearcher.decode(RequiredTermsPresearcher.encode(List.of(List.of()))))
                .isEqualTo(List.of(List.of()));
    }
}
