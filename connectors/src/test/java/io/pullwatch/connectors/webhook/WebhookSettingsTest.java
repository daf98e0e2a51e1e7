package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSettingsTest {

    private static final String URL = "https://hooks.slack.com/services/T0000/B0000/s3cr3tT0k3n";

    @Test
    void defaultsApplyToWhatIsNotSet() {
        WebhookSettings settings = WebhookSettings.builder().url(URL).build();

        assertThat(settings.url().toString()).isEqualTo(URL);
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxAttempts()).isEqualTo(6);
        assertThat(settings.queueCapacity()).isEqualTo(1000);
        assertThat(settings.initialBackoff()).isLessThanOrEqualTo(settings.maxBackoff());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ftp://hooks.example/x/s3cr3tT0k3n | must start with http:// or https://, not ftp://",
        "hooks.slack.com/services/s3cr3tT0k3n | must start with http:// or https://",
        "https:///services/s3cr3tT0k3n | has no host name",
        "https://hooks slack.com/s3cr3tT0k3n | is not a valid URL",
        "'  ' | must not be blank"})
    void aBadUrlIsRefusedWithoutRepeatingIt(String url, String problem) {
        assertThatThrownBy(() -> WebhookSettings.builder().url(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3tT0k3n"));
    }

    @Test
    void eachValueIsCheckedWhenSet() {
        assertThatThrownBy(() -> WebhookSettings.builder().maxAttempts(0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> WebhookSettings.builder().queueCapacity(0)).hasMessageContaining("queueCapacity");
        assertThatThrownBy(() -> WebhookSettings.builder().requestTimeout(Duration.ZERO))
                .hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> WebhookSettings.builder().requestTimeout(null)).hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> WebhookSettings.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("initialBackoff");
        assertThatThrownBy(() -> WebhookSettings.builder().maxRetryAfter(Duration.ofSeconds(-1)))
                .hasMessageContaining("maxRetryAfter");
        assertThatThrownBy(() -> WebhookSettings.builder().drainTimeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("drainTimeout");
    }

    @Test
    void aUrlIsRequired() {
        assertThatThrownBy(() -> WebhookSettings.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("URL");
    }

    @Test
    void whatIsLoggedShowsTheHostButNotTheSecretPath() {
        WebhookSettings settings = WebhookSettings.builder().url("http://127.0.0.1:8125/hook/s3cr3tT0k3n").build();

        assertThat(settings.endpoint()).isEqualTo("http://127.0.0.1:8125");
        assertThat(settings.toString()).contains("http://127.0.0.1:8125").doesNotContain("s3cr3tT0k3n");
        assertThat(WebhookSettings.builder().url(URL).build().endpoint()).isEqualTo("https://hooks.slack.com");
    }
}
