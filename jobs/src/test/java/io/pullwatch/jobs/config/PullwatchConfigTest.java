package io.pullwatch.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.OfficialCommunication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void impactNoticesGoToTheirOwnWebhookOrElseToTheAlertsOne() {
        PullwatchConfig shared = PullwatchConfig.of(Map.of("webhook.url", "https://hooks.example.com/ops"));
        assertThat(shared.impactWebhook()).map(webhook -> webhook.url().toString())
                .contains("https://hooks.example.com/ops");

        PullwatchConfig separate = shared.with(Map.of("webhook.impact-url", "https://hooks.example.com/stores"));
        assertThat(separate.impactWebhook()).map(webhook -> webhook.url().toString())
                .contains("https://hooks.example.com/stores");
        assertThat(separate.alertWebhook()).map(webhook -> webhook.url().toString())
                .contains("https://hooks.example.com/ops");
        assertThat(PullwatchConfig.defaults().impactWebhook()).isEmpty();
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("webhook.impact-url", "ftp://x/s3cr3t")))
                .hasMessageContaining("'webhook.impact-url'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
    }

    @Test
    void impactSettingsComeFromTheirKeysAndTheirFilesRelativeToTheConfigurationFile(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("terms.txt"), "vape shop\n");
        Files.writeString(dir.resolve("offers.json"), "{\"offers\": [{\"id\": \"spring\","
                + " \"from\": \"2025-03-01T00:00:00Z\", \"until\": \"2025-04-01T00:00:00Z\", \"discounts\": [20]}]}");
        Path file = dir.resolve("my.properties");
        Files.writeString(file, "impact.off-brand-lexicon = terms.txt\nimpact.official-communication = offers.json\n"
                + "impact.bucket = 15 min\nattribution.context-tail = 6 h\n");

        ImpactSettings settings = PullwatchConfig.load(file, Map.of()).impactSettings();

        assertThat(settings.bucket()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.tail()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.offBrandLexicon().terms().phrases()).containsExactly("vape shop");
        assertThat(settings.officialCommunication().offers()).extracting(o -> o.id()).containsExactly("spring");
        assertThat(PullwatchConfig.defaults().impactSettings().officialCommunication())
                .isEqualTo(OfficialCommunication.fromClasspath());
    }

    @Test
    void badImpactSettingsStopStartUpNamingTheKey(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"offers\": [{\"id\": \"x\"}]}");

        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("impact.bucket", "7 min")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'impact.bucket'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("impact.recent-window", "12 min")))
                .hasMessageContaining("'impact.recent-window'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("impact.digest-hour", "24")))
                .hasMessageContaining("'impact.digest-hour'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("impact.false-alarm-rate", "0")))
                .hasMessageContaining("'impact.false-alarm-rate'");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("impact.official-communication", broken.toString())))
                .hasMessageContaining("'impact.official-communication'").hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> PullwatchConfig.of(Map.of("impact.off-brand-lexicon", "/no/such/terms.txt")))
                .hasMessageContaining("'impact.off-brand-lexicon'").hasMessageContaining("no such file");
    }
}
