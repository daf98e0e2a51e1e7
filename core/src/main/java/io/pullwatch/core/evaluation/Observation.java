package io.pullwatch.core.evaluation;

import io.pullwatch.core.event.SentimentLabel;
import java.time.Instant;
import java.util.Objects;

/**
 * One piece of feedback as a baseline detector sees it: when, in which scope, and its sentiment label ({@code null}
 * when the text stage could not tell).
 */
public record Observation(Instant at, String scope, SentimentLabel label) {

    public Observation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(scope, "scope");
    }
}
