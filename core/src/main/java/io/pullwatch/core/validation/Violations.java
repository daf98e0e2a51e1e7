package io.pullwatch.core.validation;

import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Rejection;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Collects the first contract violation of a record. Checks are written in the order a producer should fix
 * them, and only the first is reported: one clear reason beats a list of consequences.
 */
final class Violations {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private final ValidationLimits limits;
    private final Instant now;
    private Rejection first;

    Violations(ValidationLimits limits, Instant now) {
        this.limits = limits;
        this.now = now;
    }

    Violations required(String field, Object value) {
        if (first == null && (value == null || (value instanceof String s && s.isBlank()))) {
            first = new Rejection(DeadLetterReason.MISSING_FIELD, "required field '" + field + "' is missing or blank");
        }
        return this;
    }

    /** A field that may be absent only when {@code exempt} holds (a plain reshare has no text of its own). */
    Violations requiredUnless(boolean exempt, String field, Object value) {
        return exempt ? this : required(field, value);
    }

    Violations text(String field, String value) {
        if (first == null && value != null && value.length() > limits.maxTextChars()) {
            first = new Rejection(DeadLetterReason.OVERSIZED_TEXT, "field '" + field + "' has " + value.length()
                    + " characters, more than the limit of " + limits.maxTextChars());
        }
        return this;
    }

    Violations timestamp(String field, Instant value) {
        if (first != null || value == null) {
            return this;
        }
        if (value.isBefore(ValidationLimits.EARLIEST_TIMESTAMP)) {
            first = new Rejection(DeadLetterReason.BAD_TIMESTAMP,
                    "field '" + field + "' is " + value + ", before " + ValidationLimits.EARLIEST_TIMESTAMP);
        } else if (value.isAfter(now.plus(limits.maxFutureSkew()))) {
            first = new Rejection(DeadLetterReason.BAD_TIMESTAMP, "field '" + field + "' is " + value
                    + ", more than " + limits.maxFutureSkew() + " in the future");
        }
        return this;
    }

    Violations check(boolean holds, String message) {
        if (first == null && !holds) {
            first = new Rejection(DeadLetterReason.INVALID_VALUE, message);
        }
        return this;
    }

    Violations language(String field, String value) {
        return check(value == null || LANGUAGE_TAG.matcher(value).matches(),
                "field '" + field + "' must be a lower-case language tag such as 'en' or 'fr', was '" + value + "'");
    }

    Violations noBlankEntries(String field, Collection<String> values) {
        return check(values.stream().noneMatch(v -> v == null || v.isBlank()),
                "field '" + field + "' must not contain blank entries");
    }

    Optional<Rejection> first() {
        return Optional.ofNullable(first);
    }
}
