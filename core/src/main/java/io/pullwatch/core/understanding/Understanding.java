package io.pullwatch.core.understanding;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Sentiment;
import java.util.List;

/** What Pullwatch understood of one text: its language, its sentiment and the aspects it talks about. */
public record Understanding(
        @JsonProperty("language") String language,
        @JsonProperty("sentiment") Sentiment sentiment,
        @JsonProperty("aspects") List<AspectMention> aspects) {

    public Understanding {
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
    }
}
