package io.pullwatch.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.connectors.kafka.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PullwatchConfigTest {

    private static final Path SHIPPED_DEFAULTS = Path.of("..", "config", "pullwatch.properties");

    @Test
    void theShippedDefaultsFileIsValidAndAgreesWithTheCodeDefaults() {
        PullwatchConfig fromFile = PullwatchConfig.load(SHIPPED_DEFAULTS, Map.of());

        assertThat(fromFile.toMap()).hasSize(PullwatchOptions.all().size());
        for (var option : PullwatchOptions.all()) {
            assertThat((Object) fromFile.get(option)).as(option.key()).isEqualTo(option.defaultValue());
        }
    }

    @Test
    void theReadmeDocumentsEveryKey() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (var option : PullwatchOptions.all()) {
            assertThat(readme).as("README documents %s", option.key()).contains("`" + option.key() + "`");
        }
    }

    @Test
    void overridesWinOverTheFile() {
        PullwatchConfig config = PullwatchConfig.load(SHIPPED_DEFAULTS, Map.of("detection.min-events", "9"));

        assertThat(config.get(PullwatchOptions.MIN_EVENTS)).isEqualTo(9);
        assertThat(config.detectionSettings().minEvents()).isEqualTo(9);
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("detection.treshold", "5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'detection.treshold'");
    }

    @Test
    void searchKeysAreLeftToTheSearchService() {
        PullwatchConfig config = PullwatchConfig.of(Map.of("search.port", "9000", "detection.min-events", "7"));

        assertThat(config.toMap()).containsOnlyKeys("detection.min-events");
    }

    @Test
    void aValueOfTheWrongTypeNamesKeyValueAndExpectedType() {
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("dedup.window", "forever")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'dedup.window' = 'forever'")
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("pipeline.delivery-guarantee", "MAYBE")))
                .hasMessageContaining("'pipeline.delivery-guarantee'")
                .hasMessageContaining("EXACTLY_ONCE");
    }

    @Test
    void outOfRangeValuesAreRefused() {
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("pipeline.parallelism", "0")))
                .hasMessageContaining("'pipeline.parallelism'").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("attribution.min-confidence", "1.5")))
                .hasMessageContaining("'attribution.min-confidence'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("detection.bucket", "0 s")))
                .hasMessageContaining("'detection.bucket'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("topic.alerts", " ")))
                .hasMessageContaining("'topic.alerts'");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> PullwatchConfig.load(Path.of("no-such.properties"), Map.of()))
                .hasMessageContaining("no-such.properties");
    }

    @Test
    void typedViewsCarryTheConfiguredValues() {
        PullwatchConfig config = PullwatchConfig.of(Map.of("topic.alerts", "ops.alerts",
                "attribution.context-tail", "3 h", "validation.max-text-chars", "500"));

        assertThat(config.topicName(Topics.ALERTS)).isEqualTo("ops.alerts");
        assertThat(config.topicName(Topics.FEEDBACK)).isEqualTo("pullwatch.feedback");
        assertThat(config.attributionSettings().contextTail()).isEqualTo(Duration.ofHours(3));
        assertThat(config.validationLimits().maxTextChars()).isEqualTo(500);
    }

    @Test
    void theWebhookIsOffUntilAUrlIsSet() {
        assertThat(PullwatchConfig.defaults().alertWebhook()).isEmpty();

        PullwatchConfig config = PullwatchConfig.of(Map.of("webhook.url", "https://hooks.slack.com/services/T/B/s3cr3t",
                "webhook.timeout", "2 s", "webhook.max-attempts", "3", "webhook.queue-capacity", "50"));

        assertThat(config.alertWebhook()).hasValueSatisfying(webhook -> {
            assertThat(webhook.url().toString()).isEqualTo("https://hooks.slack.com/services/T/B/s3cr3t");
            assertThat(webhook.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(webhook.maxAttempts()).isEqualTo(3);
            assertThat(webhook.queueCapacity()).isEqualTo(50);
        });
    }

    @Test
    void aBadWebhookUrlIsNamedByItsKeyWithoutRepeatingTheSecret() {
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("webhook.url", "htps://hooks.slack.com/services/T/B/s3cr3t")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'webhook.url'")
                .hasMessageContaining("http:// or https://")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("webhook.url", "https:///no-host")))
                .hasMessageContaining("'webhook.url'").hasMessageContaining("host");
    }

    @Test
    void webhookLimitsAreChecked() {
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("webhook.max-attempts", "0")))
                .hasMessageContaining("'webhook.max-attempts'").hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("webhook.queue-capacity", "0")))
                .hasMessageContaining("'webhook.queue-capacity'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("webhook.timeout", "0 s")))
                .hasMessageContaining("'webhook.timeout'");
    }
}
