package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One aspect of the shopping experience the feedback talks about, with the sentiment expressed about it. */
public record AspectMention(
        @JsonProperty("aspect") String aspect,
        @JsonProperty("score") double score,
        @JsonProperty("evidence") List<String> evidence) {

    public AspectMention {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
