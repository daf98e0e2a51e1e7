package io.pullwatch.connectors.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.json.JsonMappers;
import java.io.IOException;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flink side of a {@link WebhookSink}: formats each record on the task thread and hands the bytes to a
 * {@link WebhookDispatcher}, which posts them on its own thread. {@link #write} never waits for the network.
 */
final class WebhookSinkWriter<T> implements SinkWriter<T> {

    static final String DELIVERED = "webhookDelivered";
    static final String RETRIED = "webhookRetried";
    static final String FAILED = "webhookFailed";
    static final String DROPPED = "webhookDropped";
    static final String QUEUED = "webhookQueued";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSinkWriter.class);

    private final WebhookSettings settings;
    private final WebhookFormatter<T> formatter;
    private final ObjectMapper mapper = JsonMappers.create();
    private final FlinkCounters counters;
    private final WebhookDispatcher dispatcher;
    private final LogThrottle formatFailureLog = new LogThrottle(WebhookDispatcher.LOG_INTERVAL);

    WebhookSinkWriter(WebhookSettings settings, WebhookFormatter<T> formatter, MetricGroup metrics, String threadName) {
        this.settings = settings;
        this.formatter = formatter;
        // Thread-safe counters: the sender thread and the task thread both count.
        this.counters = new FlinkCounters(metrics.counter(DELIVERED, new ThreadSafeSimpleCounter()),
                metrics.counter(RETRIED, new ThreadSafeSimpleCounter()),
                metrics.counter(FAILED, new ThreadSafeSimpleCounter()),
                metrics.counter(DROPPED, new ThreadSafeSimpleCounter()));
        this.dispatcher = WebhookDispatcher.start(settings, counters, threadName);
        metrics.gauge(QUEUED, (Gauge<Integer>) dispatcher::pending);
    }

    @Override
    public void write(T record, Context context) {
        byte[] body;
        try {
            SlackMessage message = formatter.format(record);
            if (message == null) {
                throw new IllegalStateException("the formatter made no message");
            }
            body = mapper.writeValueAsBytes(message);
        } catch (IOException | RuntimeException e) {
            // A record the formatter cannot handle is one notification lost, not a reason to stop the job.
            counters.failed();
            long heldBack = formatFailureLog.tryAcquire();
            if (heldBack >= 0) {
                LOG.warn("Webhook {}: cannot format {} ({} more since the last message like this; all are counted in"
                        + " webhookFailed)", settings.endpoint(), describe(record), heldBack, e);
            }
            return;
        }
        dispatcher.offer(describe(record), body);
    }

    /**
     * At the end of a bounded input, waits at most the drain timeout for the queue to empty. At a checkpoint it does
     * not wait: the queue is not part of the checkpoint, so waiting would guarantee nothing, and while the endpoint is
     * down it would stall every checkpoint, and the operators chained to this one, for the whole drain timeout.
     */
    @Override
    public void flush(boolean endOfInput) throws InterruptedException {
        if (endOfInput && !dispatcher.awaitDrained(settings.drainTimeout())) {
            LOG.warn("Webhook {}: end of input with {} record(s) still waiting after {}", settings.endpoint(),
                    dispatcher.pending(), settings.drainTimeout());
        }
    }

    @Override
    public void close() throws InterruptedException {
        dispatcher.close();
    }

    private String describe(T record) {
        try {
            return formatter.describe(record);
        } catch (RuntimeException e) {
            return record == null ? "null record" : record.getClass().getSimpleName();
        }
    }

    private record FlinkCounters(Counter deliveredCount, Counter retriedCount, Counter failedCount,
            Counter droppedCount) implements DeliveryCounters {

        @Override
        public void delivered() {
            deliveredCount.inc();
        }

        @Override
        public void retried() {
            retriedCount.inc();
        }

        @Override
        public void failed() {
            failedCount.inc();
        }

        @Override
        public void dropped() {
            droppedCount.inc();
        }
    }
}
