package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * The pipeline's outputs. Production passes Kafka sinks; tests pass collecting ones. {@code impact} may be null: the
 * impact stage is then not built.
 */
public record PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters,
        Sink<ImpactNotification> impact) {

    /** Without impact notifications. */
    public PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters) {
        this(feedback, alerts, deadLetters, null);
    }
}
