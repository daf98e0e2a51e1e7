package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A saved (standing) query that matched a piece of feedback. */
public record QueryMatch(
        @JsonProperty("queryId") String queryId,
        @JsonProperty("matchedTerms") List<String> matchedTerms) {

    public QueryMatch {
        matchedTerms = matchedTerms == null ? List.of() : List.copyOf(matchedTerms);
    }
}
