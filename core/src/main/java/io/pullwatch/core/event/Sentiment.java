package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sentiment of one piece of feedback: a score in [-1, 1], its label, and how much the scorer trusts it in [0, 1]
 * (0 means "no opinion could be formed", which later stages must not count as neutral evidence).
 */
public record Sentiment(
        @JsonProperty("score") double score,
        @JsonProperty("label") SentimentLabel label,
        @JsonProperty("confidence") double confidence) {

    public static final Sentiment UNKNOWN = new Sentiment(0.0, SentimentLabel.NEUTRAL, 0.0);

    @JsonIgnore
    public boolean isKnown() {
        return confidence > 0.0;
    }
}
