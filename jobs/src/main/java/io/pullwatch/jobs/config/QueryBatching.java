package io.pullwatch.jobs.config;

import java.io.Serializable;
import java.time.Duration;

/**
 * How the saved-query stage groups feedback for Lucene Monitor: a batch is matched when it holds {@code size} events
 * or when its oldest event has waited {@code maxDelay}, whichever comes first, and always before a checkpoint barrier
 * or a watermark passes.
 */
public record QueryBatching(int size, Duration maxDelay) implements Serializable {

    public QueryBatching {
        if (size < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, got " + size);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("the batch delay cannot be negative, got " + maxDelay);
        }
    }
}
