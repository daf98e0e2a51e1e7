package io.pullwatch.connectors.webhook;

/**
 * What happens to records handed to a {@link WebhookDispatcher}, as it happens. Called from the sender thread
 * (delivered, retried, failed) and from the thread that offers records (dropped), so implementations must be
 * thread-safe. The Flink sink counts into its metric group.
 */
public interface DeliveryCounters {

    /** A receiver accepted a record (2xx). */
    void delivered();

    /** An attempt failed in a way worth retrying, and another attempt is scheduled. */
    void retried();

    /** A record was given up: refused (4xx other than 408 and 429), attempts exhausted, or not formattable. */
    void failed();

    /** A record was not taken because the queue was full or the dispatcher closed. */
    void dropped();
}
