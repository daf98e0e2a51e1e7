package io.pullwatch.search.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Retention by age: feedback written more than {@code maxAge} ago is deleted from the index, and not indexed when it
 * arrives late or is read again after a restart.
 */
public final class Retention {

    private final Duration maxAge;
    private final Clock clock;

    public Retention(Duration maxAge, Clock clock) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public Instant cutoff() {
        return clock.instant().minus(maxAge);
    }

    /** True when feedback written at {@code createdAt} is past retention (unknown times are kept). */
    public boolean isExpired(Instant createdAt) {
        return createdAt != null && createdAt.isBefore(cutoff());
    }

    /** Deletes what is past retention; returns how many documents went. */
    public long apply(FeedbackIndex index) throws IOException {
        return index.deleteOlderThan(cutoff().toEpochMilli());
    }
}
