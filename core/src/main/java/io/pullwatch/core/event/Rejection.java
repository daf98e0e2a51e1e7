package io.pullwatch.core.event;

/** Why an input was refused, in words a person fixing the producer can act on. */
public record Rejection(DeadLetterReason reason, String message) {}
