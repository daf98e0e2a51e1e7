package io.pullwatch.core.validation;

import io.pullwatch.core.event.Rejection;

/** The outcome of decoding one record: exactly one of {@code value} and {@code rejection} is set. */
public record Decoded<T>(T value, Rejection rejection) {

    public static <T> Decoded<T> accepted(T value) {
        return new Decoded<>(value, null);
    }

    public static <T> Decoded<T> rejected(Rejection rejection) {
        return new Decoded<>(null, rejection);
    }

    public boolean isAccepted() {
        return rejection == null;
    }
}
