package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * The pipeline's outputs. Production passes Kafka sinks; tests pass collecting ones. {@code alertWebhook} is
 * optional (null: none): alerts are also posted there, best effort, beside the alerts topic.
 */
public record PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters,
        Sink<Alert> alertWebhook) {

    public PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters) {
        this(feedback, alerts, deadLetters, null);
    }

    public PipelineSinks withAlertWebhook(Sink<Alert> webhook) {
        return new PipelineSinks(feedback, alerts, deadLetters, webhook);
    }
}
