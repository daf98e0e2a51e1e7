package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Polarity;
import java.time.Instant;

/** A burst of same-polarity feedback about one initiative at one store, planted in a scenario to be detected. */
public record Wave(
        String id,
        Polarity polarity,
        String initiativeId,
        String storeId,
        Instant start,
        Instant end,
        int eventCount) {}
