package io.pullwatch.app.backtest;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import java.time.Instant;

/**
 * Hears a backtest's output as the pipeline produces it. Each method is called from one thread (its sink's), but the
 * three from different threads.
 */
public interface BacktestListener {

    /** @param emittedAt the event time at which the detector emitted the revision (null if unknown) */
    void alert(Alert alert, Instant emittedAt);

    /** Enriched, attributed feedback; ignored unless wanted. */
    default void feedback(Feedback feedback) {}

    /** @param origin where the refused record came from: {@code file:line} */
    default void deadLetter(DeadLetter deadLetter, String origin) {}
}
