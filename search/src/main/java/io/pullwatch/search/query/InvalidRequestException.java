package io.pullwatch.search.query;

/** A request the service refuses: malformed, or too expensive to answer. Answered with 400 and the message. */
public final class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
