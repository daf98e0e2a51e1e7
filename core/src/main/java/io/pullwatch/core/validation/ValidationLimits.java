package io.pullwatch.core.validation;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the validator accepts. Timestamps before {@link #EARLIEST_TIMESTAMP} or further ahead of the wall clock
 * than {@code maxFutureSkew} are refused: they are clock bugs, and would otherwise drag event-time watermarks.
 */
public record ValidationLimits(int maxTextChars, int maxRecordBytes, Duration maxFutureSkew) implements Serializable {

    public static final Instant EARLIEST_TIMESTAMP = Instant.parse("2000-01-01T00:00:00Z");
    public static final ValidationLimits DEFAULTS = new ValidationLimits(20_000, 256 * 1024, Duration.ofHours(24));

    public ValidationLimits {
        if (maxTextChars <= 0 || maxRecordBytes <= 0 || maxFutureSkew.isNegative()) {
            throw new IllegalArgumentException("validation limits must be positive");
        }
    }
}
