package io.pullwatch.jobs.config;

import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.webhook.WebhookSettings;
import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.config.SettingsFile;
import io.pullwatch.core.detection.DetectionSettings;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.OffBrandLexicon;
import io.pullwatch.core.impact.OfficialCommunication;
import io.pullwatch.core.validation.ValidationLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;

/**
 * Pullwatch's configuration, read from a properties file plus overrides, checked completely at start-up: an
 * unknown key (a typo), a value of the wrong type or out of range stops start-up with a message naming the key.
 */
public final class PullwatchConfig {

    /** Keys of the search service, checked by it (the search module), not by the pipeline. */
    public static final String SEARCH_PREFIX = "search.";

    private final Configuration values;

    private PullwatchConfig(Configuration values) {
        this.values = values;
        validate();
    }

    public static PullwatchConfig defaults() {
        return of(Map.of());
    }

    public static PullwatchConfig load(Path file, Map<String, String> overrides) {
        try {
            return of(resolveFiles(SettingsFile.read(file, overrides), file.toAbsolutePath().getParent()));
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    /** The pipeline's settings; {@code search.*} keys are left to the search service, which checks its own. */
    public static PullwatchConfig of(Map<String, String> settings) {
        Map<String, ConfigOption<?>> known = PullwatchOptions.byKey();
        Map<String, String> pipeline = new HashMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(SEARCH_PREFIX)) {
                return;
            }
            if (!known.containsKey(key)) {
                throw new ConfigException("unknown configuration key '" + key + "'");
            }
            pipeline.put(key, value);
        });
        return new PullwatchConfig(Configuration.fromMap(pipeline));
    }

    /** Keys naming files: a relative path is relative to the configuration file, wherever Pullwatch runs from. */
    private static Map<String, String> resolveFiles(Map<String, String> settings, Path directory) {
        Map<String, String> resolved = new HashMap<>(settings);
        for (ConfigOption<String> key : List.of(PullwatchOptions.IMPACT_OFFICIAL_COMMUNICATION,
                PullwatchOptions.IMPACT_OFF_BRAND_LEXICON)) {
            String value = settings.get(key.key());
            if (value != null && !value.isBlank() && directory != null && !Path.of(value).isAbsolute()) {
                resolved.put(key.key(), directory.resolve(value).normalize().toString());
            }
        }
        return resolved;
    }

    private void validate() {
        PullwatchOptions.all().forEach(this::get);
        requireText(PullwatchOptions.BOOTSTRAP_SERVERS);
        requireText(PullwatchOptions.GROUP_ID);
        requireText(PullwatchOptions.TRANSACTIONAL_ID_PREFIX);
        PullwatchOptions.TOPIC_NAMES.values().forEach(this::requireText);
        requireAtLeast(PullwatchOptions.PARALLELISM, 1);
        requireAtLeast(PullwatchOptions.MAX_TEXT_CHARS, 1);
        requireAtLeast(PullwatchOptions.MAX_RECORD_BYTES, 1);
        requireAtLeast(PullwatchOptions.MIN_EVENTS, 1);
        requireAtLeast(PullwatchOptions.MIN_RESHARES, 1);
        requireAtLeast(PullwatchOptions.QUERY_BATCH_SIZE, 1);
        requirePositive(PullwatchOptions.CHECKPOINT_INTERVAL);
        requirePositive(PullwatchOptions.BUFFER_TIMEOUT);
        requirePositive(PullwatchOptions.DEDUP_WINDOW);
        requirePositive(PullwatchOptions.DETECTION_BUCKET);
        requirePositive(PullwatchOptions.SOURCE_IDLENESS);
        requireNotNegative(PullwatchOptions.MAX_OUT_OF_ORDERNESS);
        requireNotNegative(PullwatchOptions.CONTEXT_TAIL);
        requireNotNegative(PullwatchOptions.QUERY_BATCH_DELAY);
        requireNotNegative(PullwatchOptions.MAX_FUTURE_SKEW);
        validateDetection();
        validateWebhook();
        impactSettings();
        double minConfidence = get(PullwatchOptions.MIN_CONFIDENCE);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw invalid(PullwatchOptions.MIN_CONFIDENCE, "must be between 0 and 1");
        }
    }

    /** The detector's own checks (relations between keys), reported against the first key involved. */
    private void validateDetection() {
        if (get(PullwatchOptions.VIRAL_CASCADE) < 1) {
            throw invalid(PullwatchOptions.VIRAL_CASCADE, "must be at least 1");
        }
        if (!(get(PullwatchOptions.FLOOR_PER_HOUR) > 0)) {
            throw invalid(PullwatchOptions.FLOOR_PER_HOUR, "must be positive");
        }
        if (!(get(PullwatchOptions.MIN_RATIO) >= 1)) {
            throw invalid(PullwatchOptions.MIN_RATIO, "must be at least 1");
        }
        if (!(get(PullwatchOptions.CLOSE_SURPRISE) >= 0
                && get(PullwatchOptions.OPEN_SURPRISE) > get(PullwatchOptions.CLOSE_SURPRISE))) {
            throw invalid(PullwatchOptions.OPEN_SURPRISE, "must be greater than detection.close-surprise (itself >= 0)");
        }
        try {
            detectionSettings();
        } catch (IllegalArgumentException e) {
            throw invalid(PullwatchOptions.DETECTION_BUCKET, e.getMessage());
        }
    }

    public <T> T get(ConfigOption<T> option) {
        try {
            return values.get(option);
        } catch (IllegalArgumentException e) {
            throw invalid(option, "cannot be read as " + typeName(option) + " (" + e.getMessage() + ")");
        }
    }

    public String topicName(TopicSpec<?> topic) {
        return get(PullwatchOptions.TOPIC_NAMES.get(topic.logicalName()));
    }

    public ValidationLimits validationLimits() {
        return new ValidationLimits(get(PullwatchOptions.MAX_TEXT_CHARS), get(PullwatchOptions.MAX_RECORD_BYTES),
                get(PullwatchOptions.MAX_FUTURE_SKEW));
    }

    public AttributionSettings attributionSettings() {
        return new AttributionSettings(get(PullwatchOptions.CONTEXT_TAIL), get(PullwatchOptions.MIN_CONFIDENCE));
    }

    public QueryBatching queryBatching() {
        return new QueryBatching(get(PullwatchOptions.QUERY_BATCH_SIZE), get(PullwatchOptions.QUERY_BATCH_DELAY));
    }

    public DetectionSettings detectionSettings() {
        return new DetectionSettings(get(PullwatchOptions.DETECTION_BUCKET), get(PullwatchOptions.OPEN_SURPRISE),
                get(PullwatchOptions.CLOSE_SURPRISE), get(PullwatchOptions.MIN_EVENTS), get(PullwatchOptions.MIN_RATIO),
                get(PullwatchOptions.MIN_HISTORY), get(PullwatchOptions.COOLDOWN), get(PullwatchOptions.FLOOR_PER_HOUR),
                get(PullwatchOptions.VIRAL_CASCADE), get(PullwatchOptions.MIN_RESHARES));
    }

    /** The alerts webhook, if {@code webhook.url} is set. */
    public Optional<WebhookSettings> alertWebhook() {
        return webhook(get(PullwatchOptions.WEBHOOK_URL));
    }

    /** The impact notices' webhook: {@code webhook.impact-url}, else {@code webhook.url}, else none. */
    public Optional<WebhookSettings> impactWebhook() {
        String url = get(PullwatchOptions.WEBHOOK_IMPACT_URL);
        return webhook(url.isBlank() ? get(PullwatchOptions.WEBHOOK_URL) : url);
    }

    private Optional<WebhookSettings> webhook(String url) {
        if (url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(WebhookSettings.builder().url(url)
                .requestTimeout(get(PullwatchOptions.WEBHOOK_TIMEOUT))
                .maxAttempts(get(PullwatchOptions.WEBHOOK_MAX_ATTEMPTS))
                .queueCapacity(get(PullwatchOptions.WEBHOOK_QUEUE_CAPACITY))
                .build());
    }

    /**
     * The impact stage's settings, its official-communication list and off-brand lexicon read from their files;
     * checked at start-up, each problem naming its key.
     */
    public ImpactSettings impactSettings() {
        Duration bucket = get(PullwatchOptions.IMPACT_BUCKET);
        long hour = Duration.ofHours(1).toMillis();
        if (bucket.toMillis() < 60_000 || hour % bucket.toMillis() != 0) {
            throw invalid(PullwatchOptions.IMPACT_BUCKET, "must divide an hour evenly (1 min, 5 min, 15 min, 1 h…)");
        }
        Duration baseline = get(PullwatchOptions.IMPACT_BASELINE);
        if (baseline.compareTo(bucket) < 0) {
            throw invalid(PullwatchOptions.IMPACT_BASELINE, "must be at least one impact.bucket");
        }
        Duration recent = get(PullwatchOptions.IMPACT_RECENT_WINDOW);
        if (recent.compareTo(bucket) < 0 || recent.compareTo(baseline) > 0 || recent.toMillis() % bucket.toMillis() != 0) {
            throw invalid(PullwatchOptions.IMPACT_RECENT_WINDOW,
                    "must be a whole number of impact.bucket, no longer than impact.baseline");
        }
        requireAtLeast(PullwatchOptions.IMPACT_MIN_COUNT, 2);
        requireAtLeast(PullwatchOptions.IMPACT_MIN_ATTRIBUTED, 0);
        requireAtLeast(PullwatchOptions.IMPACT_RISK_MIN_COUNT, 1);
        double expected = get(PullwatchOptions.IMPACT_EXPECTED_EFFECT);
        if (!(expected > 0 && expected <= 2)) {
            throw invalid(PullwatchOptions.IMPACT_EXPECTED_EFFECT, "must be above 0 and at most 2");
        }
        double falseAlarms = get(PullwatchOptions.IMPACT_FALSE_ALARM_RATE);
        if (!(falseAlarms > 0 && falseAlarms < 1)) {
            throw invalid(PullwatchOptions.IMPACT_FALSE_ALARM_RATE, "must be between 0 and 1, both excluded");
        }
        double significance = get(PullwatchOptions.IMPACT_RISK_SIGNIFICANCE);
        if (!(significance > 0 && significance < 1)) {
            throw invalid(PullwatchOptions.IMPACT_RISK_SIGNIFICANCE, "must be between 0 and 1, both excluded");
        }
        int hourOfDay = get(PullwatchOptions.IMPACT_DIGEST_HOUR);
        if (hourOfDay < 0 || hourOfDay > 23) {
            throw invalid(PullwatchOptions.IMPACT_DIGEST_HOUR, "must be an hour from 0 to 23");
        }
        return new ImpactSettings(bucket, baseline, recent, get(PullwatchOptions.CONTEXT_TAIL),
                get(PullwatchOptions.IMPACT_MIN_COUNT), get(PullwatchOptions.IMPACT_MIN_ATTRIBUTED), expected, falseAlarms,
                get(PullwatchOptions.IMPACT_RISK_MIN_COUNT), significance, hourOfDay, officialCommunication(),
                offBrandLexicon());
    }

    private OfficialCommunication officialCommunication() {
        String file = get(PullwatchOptions.IMPACT_OFFICIAL_COMMUNICATION);
        if (file.isBlank()) {
            return OfficialCommunication.fromClasspath();
        }
        try {
            return OfficialCommunication.fromFile(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw invalid(PullwatchOptions.IMPACT_OFFICIAL_COMMUNICATION, "cannot be read: " + firstLine(e));
        }
    }

    private OffBrandLexicon offBrandLexicon() {
        String file = get(PullwatchOptions.IMPACT_OFF_BRAND_LEXICON);
        if (file.isBlank()) {
            return OffBrandLexicon.fromClasspath();
        }
        try {
            return OffBrandLexicon.fromFile(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw invalid(PullwatchOptions.IMPACT_OFF_BRAND_LEXICON, "cannot be read: " + firstLine(e));
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.NoSuchFileException ? "no such file " + message
                : message.lines().findFirst().orElse(message);
    }

    /** A copy with some keys replaced, validated again. */
    public PullwatchConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values.toMap());
        merged.putAll(overrides);
        return of(merged);
    }

    public Map<String, String> toMap() {
        return values.toMap();
    }

    private void validateWebhook() {
        requirePositive(PullwatchOptions.WEBHOOK_TIMEOUT);
        requireAtLeast(PullwatchOptions.WEBHOOK_MAX_ATTEMPTS, 1);
        requireAtLeast(PullwatchOptions.WEBHOOK_QUEUE_CAPACITY, 1);
        requireUrl(PullwatchOptions.WEBHOOK_URL);
        requireUrl(PullwatchOptions.WEBHOOK_IMPACT_URL);
    }

    private void requireUrl(ConfigOption<String> option) {
        String url = get(option);
        if (!url.isBlank()) {
            try {
                WebhookSettings.parseUrl(url);
            } catch (IllegalArgumentException e) {
                // Not invalid(...): that repeats the value, and a webhook URL is a credential.
                throw new ConfigException("configuration key '" + option.key() + "': " + e.getMessage());
            }
        }
    }

    private void requireText(ConfigOption<String> option) {
        if (get(option).isBlank()) {
            throw invalid(option, "must not be blank");
        }
    }

    private void requireAtLeast(ConfigOption<Integer> option, int min) {
        if (get(option) < min) {
            throw invalid(option, "must be at least " + min);
        }
    }

    private void requirePositive(ConfigOption<Duration> option) {
        if (get(option).isNegative() || get(option).isZero()) {
            throw invalid(option, "must be a positive duration such as 30 s or 5 min");
        }
    }

    private void requireNotNegative(ConfigOption<Duration> option) {
        if (get(option).isNegative()) {
            throw invalid(option, "must not be negative");
        }
    }

    private ConfigException invalid(ConfigOption<?> option, String problem) {
        String raw = values.toMap().get(option.key());
        return new ConfigException("configuration key '" + option.key() + "'"
                + (raw == null ? "" : " = '" + raw + "'") + ": " + problem);
    }

    private static String typeName(ConfigOption<?> option) {
        Object example = option.defaultValue();
        if (example instanceof Duration) {
            return "a duration (e.g. 30 s, 5 min, 24 h)";
        }
        if (example instanceof Enum<?> e) {
            return "one of " + Arrays.toString(e.getDeclaringClass().getEnumConstants());
        }
        return example == null ? "a value" : "a " + example.getClass().getSimpleName().toLowerCase();
    }
}
