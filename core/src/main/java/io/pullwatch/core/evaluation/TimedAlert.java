package io.pullwatch.core.evaluation;

import io.pullwatch.core.event.Alert;
import java.time.Instant;
import java.util.Objects;

/**
 * An alert revision with the event time at which the pipeline emitted it: the time of the feedback (or event-time
 * timer) that triggered it. {@code emittedAt} is null when unknown (alerts read back from a file), and then the
 * revision's {@code windowEnd} stands in for it.
 */
public record TimedAlert(Alert alert, Instant emittedAt) {

    public TimedAlert {
        Objects.requireNonNull(alert, "alert");
    }

    /** When the revision was raised: its emission time, else the end of its window. */
    public Instant raisedAt() {
        return emittedAt != null ? emittedAt : alert.windowEnd();
    }
}
