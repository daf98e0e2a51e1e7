package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.ImpactNotification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSinkTest {

    private static final String URL = "https://hooks.slack.com/services/T0000/B0000/s3cr3tT0k3n";

    @Test
    void theBuilderCarriesEverySetting() {
        WebhookSink<Alert> sink = WebhookSink.<Alert>builder().url(URL).formatter(new AlertWebhookMessage())
                .requestTimeout(Duration.ofSeconds(2)).maxAttempts(3)
                .backoff(Duration.ofMillis(100), Duration.ofSeconds(1)).maxRetryAfter(Duration.ofSeconds(9))
                .queueCapacity(10).drainTimeout(Duration.ofSeconds(4)).build();

        assertThat(sink.settings()).isEqualTo(new WebhookSettings(sink.settings().url(), Duration.ofSeconds(2), 3,
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(9), 10, Duration.ofSeconds(4)));
    }

    @Test
    void settingsCanBeGivenAtOnceAndThenChanged() {
        WebhookSettings configured = WebhookSettings.builder().url(URL).maxAttempts(2).queueCapacity(5).build();

        WebhookSink<Alert> sink = WebhookSink.<Alert>builder().settings(configured).queueCapacity(9)
                .formatter(new AlertWebhookMessage()).build();

        assertThat(sink.settings().maxAttempts()).isEqualTo(2);
        assertThat(sink.settings().queueCapacity()).isEqualTo(9);
        assertThat(sink.settings().url()).isEqualTo(configured.url());
        assertThat(configured.toBuilder().build()).isEqualTo(configured);
    }

    @Test
    void aFormatterAndAUrlAreRequired() {
        assertThatThrownBy(() -> WebhookSink.<Alert>builder().url(URL).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("formatter");
        assertThatThrownBy(() -> WebhookSink.<Alert>builder().formatter(new AlertWebhookMessage()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("URL");
        assertThatThrownBy(() -> WebhookSink.<Alert>builder().formatter(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aBadValueFailsWhereItIsSet() {
        assertThatThrownBy(() -> WebhookSink.<Alert>builder().url("mailto:ops@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSink.<Alert>builder().maxAttempts(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesJavaSerializationAsFlinkShipsItToTheTaskManagers() throws Exception {
        WebhookSink<ImpactNotification> sink = WebhookSink.<ImpactNotification>builder().url(URL)
                .formatter(new ImpactWebhookMessage()).queueCapacity(7).build();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sink);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isInstanceOf(WebhookSink.class);
        assertThat(((WebhookSink<?>) copy).settings()).isEqualTo(sink.settings());
        assertThat(copy.toString()).contains("ImpactWebhookMessage").doesNotContain("s3cr3tT0k3n");
    }
}
