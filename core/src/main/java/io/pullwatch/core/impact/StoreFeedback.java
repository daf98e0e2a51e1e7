package io.pullwatch.core.impact;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import java.util.List;

/**
 * A piece of feedback as one store's impact sees it: the store it concerns (where it was posted, or the store of an
 * initiative it is tied to) and the initiatives running there at the time. A store with none running is a
 * comparable store for the others.
 */
public record StoreFeedback(String storeId, Feedback feedback, List<Initiative> running) {

    public StoreFeedback {
        running = running == null ? List.of() : List.copyOf(running);
    }

    /** No initiative runs at the store: its feedback is what initiatives elsewhere are compared with. */
    public boolean comparable() {
        return running.isEmpty();
    }
}
