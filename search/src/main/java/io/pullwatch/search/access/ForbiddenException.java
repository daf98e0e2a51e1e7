package io.pullwatch.search.access;

/** The principal may not do what they asked; answered with 403 and the message. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
