package io.pullwatch.core.evaluation;

import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.util.Objects;

/**
 * The opening of one alert episode, whichever detector raised it: the scope, the polarity ({@code null} when the
 * detector cannot tell) and the event time at which it was raised.
 */
public record Detection(String scope, Polarity polarity, Instant at) {

    public Detection {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(at, "at");
    }

    /** The scope without refinements: {@code store:lille|aspect:queues} is about {@code store:lille}. */
    public String baseScope() {
        int bar = scope.indexOf('|');
        return bar < 0 ? scope : scope.substring(0, bar);
    }
}
