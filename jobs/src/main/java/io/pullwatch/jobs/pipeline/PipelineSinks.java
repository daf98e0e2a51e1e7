package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import org.apache.flink.api.connector.sink2.Sink;

/** The pipeline's outputs. Production passes Kafka sinks; tests pass collecting ones. */
public record PipelineSinks(Sink<Feedback> feedback, Sink<Alert> alerts, Sink<DeadLetter> deadLetters) {}
