package io.pullwatch.connectors.webhook;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Posts each record, formatted as a Slack-compatible message, to an incoming webhook. Best effort: the job never waits
 * for the network (a full queue drops and counts), each record is retried with backoff and then given up, logged and
 * counted, and nothing is checkpointed, so a restart may post a record again or lose what was waiting. It notifies; it
 * is not a record of anything. Metrics on the writer: {@code webhookDelivered}, {@code webhookRetried},
 * {@code webhookFailed}, {@code webhookDropped}, and the gauge {@code webhookQueued}.
 */
public final class WebhookSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final WebhookSettings settings;
    private final WebhookFormatter<T> formatter;

    private WebhookSink(WebhookSettings settings, WebhookFormatter<T> formatter) {
        this.settings = settings;
        this.formatter = formatter;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public WebhookSettings settings() {
        return settings;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new WebhookSinkWriter<>(settings, formatter, context.metricGroup(),
                "pullwatch-webhook-" + context.getTaskInfo().getIndexOfThisSubtask());
    }

    @Override
    public String toString() {
        return "WebhookSink[" + settings + ", formatter=" + formatter.getClass().getSimpleName() + "]";
    }

    /** Checks each value as it is set; {@link #build()} requires a URL and a formatter. Defaults: {@link WebhookSettings}. */
    public static final class Builder<T> {

        private WebhookSettings.Builder settings = WebhookSettings.builder();
        private WebhookFormatter<T> formatter;

        private Builder() {}

        /** Every setting at once, e.g. from the configuration; setters called afterwards change single ones. */
        public Builder<T> settings(WebhookSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings").toBuilder();
            return this;
        }

        /** http or https; the URL is a credential and is never logged whole. */
        public Builder<T> url(String url) {
            settings.url(url);
            return this;
        }

        public Builder<T> formatter(WebhookFormatter<T> formatter) {
            this.formatter = Objects.requireNonNull(formatter, "formatter");
            return this;
        }

        public Builder<T> requestTimeout(Duration timeout) {
            settings.requestTimeout(timeout);
            return this;
        }

        public Builder<T> maxAttempts(int attempts) {
            settings.maxAttempts(attempts);
            return this;
        }

        public Builder<T> backoff(Duration initial, Duration max) {
            settings.backoff(initial, max);
            return this;
        }

        public Builder<T> maxRetryAfter(Duration max) {
            settings.maxRetryAfter(max);
            return this;
        }

        public Builder<T> queueCapacity(int capacity) {
            settings.queueCapacity(capacity);
            return this;
        }

        public Builder<T> drainTimeout(Duration timeout) {
            settings.drainTimeout(timeout);
            return this;
        }

        public WebhookSink<T> build() {
            if (formatter == null) {
                throw new IllegalStateException("a formatter is required");
            }
            return new WebhookSink<>(settings.build(), formatter);
        }
    }
}
