package io.pullwatch.core.query;

/** A query that cannot be accepted, with a message for the person who wrote it (where the error is, and why). */
public final class InvalidQueryException extends Exception {

    public InvalidQueryException(String message) {
        super(message);
    }
}
