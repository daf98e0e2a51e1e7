package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * The pipeline's outputs. Production passes Kafka sinks; tests pass collecting ones. The last three are optional
 * (null: none): without {@code impact} the impact stage is not built; the webhooks post alerts and impact notices,
 * best effort, beside their topics.
 */
public record PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters,
        Sink<ImpactNotification> impact, Sink<Alert> alertWebhook, Sink<ImpactNotification> impactWebhook) {

    /** Feedback, alerts and dead letters only. */
    public PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters) {
        this(feedback, alerts, deadLetters, null, null, null);
    }

    public PipelineSinks withImpact(Sink<ImpactNotification> sink) {
        return new PipelineSinks(feedback, alerts, deadLetters, sink, alertWebhook, impactWebhook);
    }

    public PipelineSinks withAlertWebhook(Sink<Alert> webhook) {
        return new PipelineSinks(feedback, alerts, deadLetters, impact, webhook, impactWebhook);
    }

    public PipelineSinks withImpactWebhook(Sink<ImpactNotification> webhook) {
        return new PipelineSinks(feedback, alerts, deadLetters, impact, alertWebhook, webhook);
    }
}
