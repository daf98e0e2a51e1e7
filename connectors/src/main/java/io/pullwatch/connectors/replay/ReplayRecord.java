package io.pullwatch.connectors.replay;

import io.pullwatch.connectors.kafka.TopicSpec;
import java.time.Instant;

/**
 * One record to publish: to which input topic, under which key, at which event time, with which bytes.
 *
 * @param eventTime when the event happened, which paces an accelerated replay; null when unknown
 */
public record ReplayRecord(TopicSpec<?> topic, String key, Instant eventTime, byte[] value) {}
