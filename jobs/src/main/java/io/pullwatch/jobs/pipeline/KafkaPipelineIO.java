package io.pullwatch.jobs.pipeline;

import io.pullwatch.connectors.kafka.KafkaEdges;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.webhook.AlertWebhookMessage;
import io.pullwatch.connectors.webhook.ImpactWebhookMessage;
import io.pullwatch.connectors.webhook.WebhookSettings;
import io.pullwatch.connectors.webhook.WebhookSink;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.util.Optional;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/** The pipeline's Kafka sources and sinks, as the configuration describes them. */
public final class KafkaPipelineIO {

    private final PullwatchConfig config;

    public KafkaPipelineIO(PullwatchConfig config) {
        this.config = config;
    }

    /** @param bounded stop at the offsets that are latest at start (backtests and benchmarks) */
    public PipelineSources sources(boolean bounded) {
        return new PipelineSources(source(Topics.REVIEWS, bounded), source(Topics.MENTIONS, bounded),
                changelogSource(Topics.INITIATIVES, bounded), changelogSource(Topics.SAVED_QUERIES, bounded));
    }

    /** The output topics, and the webhooks that are configured. */
    public PipelineSinks sinks() {
        PipelineSinks sinks = new PipelineSinks(sink(Topics.FEEDBACK), sink(Topics.ALERTS), sink(Topics.DEAD_LETTERS))
                .withImpact(sink(Topics.IMPACT));
        Optional<WebhookSettings> alertWebhook = config.alertWebhook();
        if (alertWebhook.isPresent()) {
            sinks = sinks.withAlertWebhook(WebhookSink.<Alert>builder().settings(alertWebhook.get())
                    .formatter(new AlertWebhookMessage()).build());
        }
        Optional<WebhookSettings> impactWebhook = config.impactWebhook();
        if (impactWebhook.isPresent()) {
            sinks = sinks.withImpactWebhook(WebhookSink.<ImpactNotification>builder().settings(impactWebhook.get())
                    .formatter(new ImpactWebhookMessage()).build());
        }
        return sinks;
    }

    private KafkaSource<RawRecord> source(TopicSpec<RawRecord> topic, boolean bounded) {
        return KafkaEdges.rawSource(config.get(PullwatchOptions.BOOTSTRAP_SERVERS), config.topicName(topic),
                config.get(PullwatchOptions.GROUP_ID), startingOffsets(), bounded);
    }

    /** Registries are state rebuilt from the whole compacted changelog, whatever the group's position. */
    private KafkaSource<RawRecord> changelogSource(TopicSpec<RawRecord> topic, boolean bounded) {
        return KafkaEdges.rawSource(config.get(PullwatchOptions.BOOTSTRAP_SERVERS), config.topicName(topic),
                config.get(PullwatchOptions.GROUP_ID), OffsetsInitializer.earliest(), bounded);
    }

    private OffsetsInitializer startingOffsets() {
        return switch (config.get(PullwatchOptions.STARTING_OFFSETS)) {
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        };
    }

    /**
     * Alerts have their own guarantee: transactional output becomes visible to read-committed readers only when a
     * checkpoint completes, which would bind alert latency to the checkpoint interval.
     */
    private PullwatchOptions.Guarantee guaranteeOf(TopicSpec<?> topic) {
        return config.get(topic == Topics.ALERTS ? PullwatchOptions.ALERTS_DELIVERY_GUARANTEE
                : PullwatchOptions.DELIVERY_GUARANTEE);
    }

    private <T> KafkaSink<T> sink(TopicSpec<T> topic) {
        DeliveryGuarantee guarantee = guaranteeOf(topic) == PullwatchOptions.Guarantee.EXACTLY_ONCE
                ? DeliveryGuarantee.EXACTLY_ONCE
                : DeliveryGuarantee.AT_LEAST_ONCE;
        return KafkaEdges.jsonSink(config.get(PullwatchOptions.BOOTSTRAP_SERVERS), topic, config.topicName(topic),
                guarantee, config.get(PullwatchOptions.TRANSACTIONAL_ID_PREFIX) + "-" + topic.logicalName());
    }
}
