package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuerySyntaxTest {

    private final QuerySyntax syntax = new QuerySyntax(FeedbackAnalyzers.perField());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "queue                                  | text:queue",
        "Café                                   | text:cafe",
        "l'accueil                              | text:accueil",
        "store:Lille-Centre                     | store:lille-centre",
        "\"file d'attente\"~2                   | text:\"file attente\"~2",
        "hashtag:flash30 AND sentiment:negative | +hashtag:flash30 +sentiment:negative",
        "rating:[1 TO 2]                        | rating:[1.0 TO 2.0]",
        "rating:{4 TO *]                        | rating:[4.000000000000001 TO Infinity]",
        "rating:5                               | rating:[5.0 TO 5.0]",
        "queu*                                  | text:queu*",
    })
    void parsesTheClassicSyntaxOverFeedbackFields(String query, String expected) throws InvalidQueryException {
        Query parsed = syntax.parse(query);

        assertThat(parsed.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"late delivery\"                       | text.pairs:late delivery",
        "\"file d'attente trop longue\"          | text.pairs:\"file attente attente trop trop longue\"",
        "title:\"Great Café\"                    | title.pairs:great cafe",
        "\"late delivery\"~2                     | text:\"late delivery\"~2",
        "\"queue\"                               | text:queue",
        "store:\"lille-centre\"                  | store:lille-centre",
        "queue AND NOT \"rude driver\"           | +text:queue -text.pairs:rude driver",
    })
    void theSearchIndexSyntaxLooksExactPhrasesUpByWordPairs(String query, String expected)
            throws InvalidQueryException {
        Query parsed = QuerySyntax.forSearchIndex(FeedbackAnalyzers.perField()).parse(query);

        assertThat(parsed.toString()).isEqualTo(expected);
        assertThat(syntax.parse(query).toString()).doesNotContain(".pairs"); // the live matcher's documents have none
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "queue AND                  | line 1, column 9",
        "\"unclosed phrase          | Lexical error at line 1",
        "colour:blue                | unknown field 'colour'",
        "rating:[one TO 2]          | 'one' is not a number",
        "rating:4*                  | cannot apply to the number field 'rating'",
        "*ing                       | cannot parse",
        "text:/[a-z/                | ",
    })
    void rejectsBadQueriesWithAMessageThatPointsAtTheError(String query, String expectedMessage) {
        assertThatThrownBy(() -> syntax.parse(query))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(expectedMessage == null ? "" : expectedMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsEmptyQueries(String query) {
        assertThatThrownBy(() -> syntax.parse(query)).hasMessage("the query is empty");
    }

    @org.junit.jupiter.api.Test
    void boundsLengthAndClauses() {
        String tooManyClauses = String.join(" ", java.util.Collections.nCopies(300, "w"));
        String tooLong = "a".repeat(QuerySyntax.MAX_LENGTH + 1);

        assertThatThrownBy(() -> syntax.parse(tooManyClauses)).hasMessageContaining("clauses");
        assertThatThrownBy(() -> syntax.parse(tooLong)).hasMessageContaining("characters long");
    }
}
