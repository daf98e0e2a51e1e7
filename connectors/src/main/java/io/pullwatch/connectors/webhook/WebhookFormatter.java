package io.pullwatch.connectors.webhook;

import java.io.Serializable;

/**
 * Turns one record into the message posted for it. Serializable because it travels inside the sink to the task
 * managers; implementations are stateless classes, not lambdas, so that their serialized form stays stable.
 */
public interface WebhookFormatter<T> extends Serializable {

    SlackMessage format(T record);

    /** How the record is named in logs, e.g. {@code alert 3f2a… revision 2}. Never the record's content. */
    default String describe(T record) {
        return record == null ? "null record" : record.getClass().getSimpleName();
    }
}
