package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.webhook.WebhookSink;
import io.pullwatch.jobs.config.PullwatchConfig;
import java.util.Map;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.junit.jupiter.api.Test;

/** Building sources and sinks connects to nothing: no broker and no webhook receiver are needed here. */
class KafkaPipelineIOTest {

    @Test
    void theOutputsAreKafkaTopicsAndNoWebhookByDefault() {
        PipelineSinks sinks = new KafkaPipelineIO(PullwatchConfig.defaults()).sinks();

        assertThat(sinks.feedback()).isInstanceOf(KafkaSink.class);
        assertThat(sinks.alerts()).isInstanceOf(KafkaSink.class);
        assertThat(sinks.deadLetters()).isInstanceOf(KafkaSink.class);
        assertThat(sinks.impact()).isInstanceOf(KafkaSink.class);
        assertThat(sinks.alertWebhook()).isNull();
        assertThat(sinks.impactWebhook()).isNull();
    }

    @Test
    void aConfiguredWebhookUrlAddsTheAlertsWebhookWithTheConfiguredSettings() {
        PullwatchConfig config = PullwatchConfig.of(Map.of("webhook.url", "http://127.0.0.1:9/hook",
                "webhook.max-attempts", "2", "webhook.queue-capacity", "7"));

        PipelineSinks sinks = new KafkaPipelineIO(config).sinks();

        assertThat(sinks.alerts()).isInstanceOf(KafkaSink.class);
        assertThat(sinks.alertWebhook()).isInstanceOf(WebhookSink.class);
        assertThat(((WebhookSink<?>) sinks.alertWebhook()).settings()).isEqualTo(config.alertWebhook().orElseThrow());
        assertThat(sinks.impactWebhook()).as("impact notices follow webhook.url when no impact-url is set")
                .isInstanceOf(WebhookSink.class);
    }

    @Test
    void anImpactUrlAloneAddsOnlyTheImpactWebhook() {
        PullwatchConfig config = PullwatchConfig.of(Map.of("webhook.impact-url", "http://127.0.0.1:9/stores"));

        PipelineSinks sinks = new KafkaPipelineIO(config).sinks();

        assertThat(sinks.alertWebhook()).isNull();
        assertThat(((WebhookSink<?>) sinks.impactWebhook()).settings()).isEqualTo(config.impactWebhook().orElseThrow());
    }
}
