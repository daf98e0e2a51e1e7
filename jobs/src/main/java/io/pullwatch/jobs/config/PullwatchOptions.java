package io.pullwatch.jobs.config;

import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/** Every configuration key Pullwatch reads, typed, with its default and what it does. Defaults: config/pullwatch.properties. */
public final class PullwatchOptions {

    /** Where the pipeline starts reading when its consumer group has no committed offsets. */
    public enum StartingOffsets { EARLIEST, LATEST, COMMITTED }

    public enum Guarantee { EXACTLY_ONCE, AT_LEAST_ONCE }

    public static final ConfigOption<String> BOOTSTRAP_SERVERS = ConfigOptions.key("kafka.bootstrap-servers")
            .stringType().defaultValue("localhost:9092")
            .withDescription("Kafka brokers to connect to, host:port[,host:port…].");
    public static final ConfigOption<String> GROUP_ID = ConfigOptions.key("kafka.group-id")
            .stringType().defaultValue("pullwatch")
            .withDescription("Consumer group of the pipeline's sources (offsets are committed on checkpoints).");
    public static final ConfigOption<StartingOffsets> STARTING_OFFSETS = ConfigOptions.key("kafka.starting-offsets")
            .enumType(StartingOffsets.class).defaultValue(StartingOffsets.COMMITTED)
            .withDescription("EARLIEST, LATEST, or COMMITTED (the group's offsets, else earliest).");

    public static final ConfigOption<Integer> PARALLELISM = ConfigOptions.key("pipeline.parallelism")
            .intType().defaultValue(2).withDescription("Parallelism of every operator.");
    public static final ConfigOption<Duration> CHECKPOINT_INTERVAL = ConfigOptions.key("pipeline.checkpoint-interval")
            .durationType().defaultValue(Duration.ofSeconds(5))
            .withDescription("How often state is checkpointed; exactly-once output becomes visible at each checkpoint.");
    public static final ConfigOption<Guarantee> DELIVERY_GUARANTEE = ConfigOptions.key("pipeline.delivery-guarantee")
            .enumType(Guarantee.class).defaultValue(Guarantee.EXACTLY_ONCE)
            .withDescription("Guarantee of the output topics: EXACTLY_ONCE (transactional) or AT_LEAST_ONCE.");
    public static final ConfigOption<String> CHECKPOINT_DIR = ConfigOptions.key("pipeline.checkpoint-dir")
            .stringType().defaultValue("")
            .withDescription("Where checkpoints are written (a file, hdfs or s3 URI; durable storage on a real cluster);"
                    + " empty: a directory under the system's temporary directory. State is not kept in the"
                    + " JobManager's memory, which refuses more than 5 MB.");
    public static final ConfigOption<Duration> BUFFER_TIMEOUT = ConfigOptions.key("pipeline.buffer-timeout")
            .durationType().defaultValue(Duration.ofMillis(10))
            .withDescription("Longest a record waits in a network buffer between operators: the floor of alert latency"
                    + " at low load (Flink's default is 100 ms).");
    public static final ConfigOption<Guarantee> ALERTS_DELIVERY_GUARANTEE = ConfigOptions.key("pipeline.alerts-delivery-guarantee")
            .enumType(Guarantee.class).defaultValue(Guarantee.AT_LEAST_ONCE)
            .withDescription("Guarantee of the alerts topic. AT_LEAST_ONCE (default) makes an alert visible as soon as it is"
                    + " raised; consumers de-duplicate on (alertId, revision). EXACTLY_ONCE delays alerts to the next"
                    + " checkpoint.");
    public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX = ConfigOptions.key("pipeline.transactional-id-prefix")
            .stringType().defaultValue("pullwatch")
            .withDescription("Prefix of the Kafka transactional ids; unique per job on a Kafka cluster.");
    public static final ConfigOption<Duration> MAX_OUT_OF_ORDERNESS = ConfigOptions.key("pipeline.max-out-of-orderness")
            .durationType().defaultValue(Duration.ofSeconds(30))
            .withDescription("How late, in event time, feedback may arrive and still be counted by detectors.");
    public static final ConfigOption<Duration> SOURCE_IDLENESS = ConfigOptions.key("pipeline.source-idleness")
            .durationType().defaultValue(Duration.ofSeconds(5))
            .withDescription("After this long without input a source partition no longer holds back event time.");

    public static final ConfigOption<Integer> MAX_TEXT_CHARS = ConfigOptions.key("validation.max-text-chars")
            .intType().defaultValue(20_000).withDescription("Longer texts are dead-lettered as OVERSIZED_TEXT.");
    public static final ConfigOption<Integer> MAX_RECORD_BYTES = ConfigOptions.key("validation.max-record-bytes")
            .intType().defaultValue(256 * 1024).withDescription("Larger records are dead-lettered unread.");
    public static final ConfigOption<Duration> MAX_FUTURE_SKEW = ConfigOptions.key("validation.max-future-skew")
            .durationType().defaultValue(Duration.ofHours(24))
            .withDescription("Timestamps further ahead of the wall clock are dead-lettered as BAD_TIMESTAMP.");
    public static final ConfigOption<Duration> DEDUP_WINDOW = ConfigOptions.key("dedup.window")
            .durationType().defaultValue(Duration.ofHours(24))
            .withDescription("A re-delivered event id within this time is dropped as a duplicate.");

    public static final ConfigOption<Duration> CONTEXT_TAIL = ConfigOptions.key("attribution.context-tail")
            .durationType().defaultValue(Duration.ofHours(48))
            .withDescription("How long after an initiative ends feedback is still tied to it.");
    public static final ConfigOption<Double> MIN_CONFIDENCE = ConfigOptions.key("attribution.min-confidence")
            .doubleType().defaultValue(0.35)
            .withDescription("Attributions below this confidence in [0, 1] are not recorded.");

    public static final ConfigOption<Integer> QUERY_BATCH_SIZE = ConfigOptions.key("queries.batch-size")
            .intType().defaultValue(500)
            .withDescription("Feedback matched against the saved queries in one Lucene Monitor call, at most.");
    public static final ConfigOption<Duration> QUERY_BATCH_DELAY = ConfigOptions.key("queries.batch-max-delay")
            .durationType().defaultValue(Duration.ofMillis(20))
            .withDescription("Longest a piece of feedback waits for its matching batch to fill (processing time).");

    public static final ConfigOption<Duration> DETECTION_BUCKET = ConfigOptions.key("detection.bucket")
            .durationType().defaultValue(Duration.ofMinutes(1))
            .withDescription("Event-time bucket of the wave detector's counts; must divide an hour.");
    public static final ConfigOption<Double> OPEN_SURPRISE = ConfigOptions.key("detection.open-surprise")
            .doubleType().defaultValue(7.0)
            .withDescription("Surprise (-log10 of the tail probability against the scope's baseline) that opens an alert.");
    public static final ConfigOption<Double> CLOSE_SURPRISE = ConfigOptions.key("detection.close-surprise")
            .doubleType().defaultValue(2.0)
            .withDescription("Below this surprise a bucket is quiet; detection.cooldown of quiet buckets resolves an alert.");
    public static final ConfigOption<Integer> MIN_EVENTS = ConfigOptions.key("detection.min-events")
            .intType().defaultValue(5)
            .withDescription("Fewest pieces of feedback in the window that opens an alert.");
    public static final ConfigOption<Double> MIN_RATIO = ConfigOptions.key("detection.min-ratio")
            .doubleType().defaultValue(2.0)
            .withDescription("Fewest times its expected volume a window must hold to open an alert.");
    public static final ConfigOption<Duration> MIN_HISTORY = ConfigOptions.key("detection.min-history")
            .durationType().defaultValue(Duration.ofMinutes(20))
            .withDescription("How long (event time) a scope is watched before it may raise an alert.");
    public static final ConfigOption<Duration> COOLDOWN = ConfigOptions.key("detection.cooldown")
            .durationType().defaultValue(Duration.ofMinutes(15))
            .withDescription("Quiet time that resolves an alert, and the least time before the scope alerts again.");
    public static final ConfigOption<Double> FLOOR_PER_HOUR = ConfigOptions.key("detection.floor-per-hour")
            .doubleType().defaultValue(1.0)
            .withDescription("Least expected feedback per hour in any scope, so that a nearly silent scope needs a real wave.");
    public static final ConfigOption<Long> VIRAL_CASCADE = ConfigOptions.key("detection.viral-cascade")
            .longType().defaultValue(1000L)
            .withDescription("Predicted final reshares from which a post's cascade is flagged as going viral.");
    public static final ConfigOption<Integer> MIN_RESHARES = ConfigOptions.key("detection.min-reshares")
            .intType().defaultValue(20)
            .withDescription("Fewest reshares seen before a cascade forecast may raise an alert.");

    public static final ConfigOption<String> WEBHOOK_URL = ConfigOptions.key("webhook.url")
            .stringType().defaultValue("")
            .withDescription("Slack-compatible incoming webhook that alerts are also posted to (http or https); empty:"
                    + " none. A credential: never logged whole.");
    public static final ConfigOption<String> WEBHOOK_IMPACT_URL = ConfigOptions.key("webhook.impact-url")
            .stringType().defaultValue("")
            .withDescription("Slack-compatible incoming webhook that impact notices are also posted to, for store"
                    + " managers; empty: webhook.url (if set). A credential: never logged whole.");
    public static final ConfigOption<Duration> WEBHOOK_TIMEOUT = ConfigOptions.key("webhook.timeout")
            .durationType().defaultValue(Duration.ofSeconds(5))
            .withDescription("Longest wait for the webhook's answer to one request; a timeout is retried.");
    public static final ConfigOption<Integer> WEBHOOK_MAX_ATTEMPTS = ConfigOptions.key("webhook.max-attempts")
            .intType().defaultValue(6)
            .withDescription("Attempts per alert, the first included, before it is given up (counted in webhookFailed).");
    public static final ConfigOption<Integer> WEBHOOK_QUEUE_CAPACITY = ConfigOptions.key("webhook.queue-capacity")
            .intType().defaultValue(1000)
            .withDescription("Alerts waiting for the webhook per sink subtask; beyond, new ones are dropped (webhookDropped).");

    public static final ConfigOption<Duration> IMPACT_BUCKET = ConfigOptions.key("impact.bucket")
            .durationType().defaultValue(Duration.ofMinutes(5))
            .withDescription("Event-time bucket the impact stage sums each store's feedback in and revises its"
                    + " estimates at; a whole divisor of an hour.");
    public static final ConfigOption<Duration> IMPACT_BASELINE = ConfigOptions.key("impact.baseline")
            .durationType().defaultValue(Duration.ofHours(72))
            .withDescription("A store's history before an initiative starts that is its baseline, and the history"
                    + " risk flags are compared with.");
    public static final ConfigOption<Duration> IMPACT_RECENT_WINDOW = ConfigOptions.key("impact.recent-window")
            .durationType().defaultValue(Duration.ofMinutes(30))
            .withDescription("Window a risk flag counts flagged feedback over; a whole number of buckets.");
    public static final ConfigOption<Integer> IMPACT_MIN_COUNT = ConfigOptions.key("impact.min-count")
            .intType().defaultValue(20)
            .withDescription("Feedback with a sentiment needed in each group (store and comparable stores, before"
                    + " and since) before an effect can be called.");
    public static final ConfigOption<Integer> IMPACT_MIN_ATTRIBUTED = ConfigOptions.key("impact.min-attributed")
            .intType().defaultValue(5)
            .withDescription("Feedback tied to an initiative needed before an effect is credited to it.");
    public static final ConfigOption<Double> IMPACT_EXPECTED_EFFECT = ConfigOptions.key("impact.expected-effect")
            .doubleType().defaultValue(0.3)
            .withDescription("Effect size on the -1..1 sentiment scale the always-valid interval is tightest for.");
    public static final ConfigOption<Double> IMPACT_FALSE_ALARM_RATE = ConfigOptions.key("impact.false-alarm-rate")
            .doubleType().defaultValue(0.01)
            .withDescription("Chance that an initiative without effect is ever called significant, however long it"
                    + " runs (1 minus the coverage of the always-valid interval).");
    public static final ConfigOption<Integer> IMPACT_RISK_MIN_COUNT = ConfigOptions.key("impact.risk-min-count")
            .intType().defaultValue(4)
            .withDescription("Flagged feedback in the recent window needed to raise a risk.");
    public static final ConfigOption<Double> IMPACT_RISK_SIGNIFICANCE = ConfigOptions.key("impact.risk-significance")
            .doubleType().defaultValue(0.001)
            .withDescription("A risk is raised when the chance of its count by luck, given the store's history, is"
                    + " below this.");
    public static final ConfigOption<Integer> IMPACT_DIGEST_HOUR = ConfigOptions.key("impact.digest-hour")
            .intType().defaultValue(18)
            .withDescription("Hour of the day (UTC, 0-23) of each store's daily digest.");
    public static final ConfigOption<String> IMPACT_OFFICIAL_COMMUNICATION =
            ConfigOptions.key("impact.official-communication").stringType().defaultValue("")
                    .withDescription("JSON file of the brand's official offers per period (relative paths: to the"
                            + " configuration file's directory); empty: the list shipped with Pullwatch.");
    public static final ConfigOption<String> IMPACT_OFF_BRAND_LEXICON = ConfigOptions.key("impact.off-brand-lexicon")
            .stringType().defaultValue("")
            .withDescription("Text file of off-brand or inappropriate terms, one a line (relative paths: to the"
                    + " configuration file's directory); empty: the list shipped with Pullwatch.");

    /** topic.<logical name>: the Kafka topic behind each logical topic. */
    public static final Map<String, ConfigOption<String>> TOPIC_NAMES = Topics.ALL.stream().collect(Collectors.toMap(
            TopicSpec::logicalName,
            t -> ConfigOptions.key("topic." + t.logicalName()).stringType().defaultValue(t.defaultName())
                    .withDescription("Kafka topic of the " + t.logicalName() + " stream (" + t.guarantee() + ").")));

    private PullwatchOptions() {}

    public static List<ConfigOption<?>> all() {
        List<ConfigOption<?>> all = new ArrayList<>(List.of(BOOTSTRAP_SERVERS, GROUP_ID, STARTING_OFFSETS, PARALLELISM,
                CHECKPOINT_INTERVAL, CHECKPOINT_DIR, BUFFER_TIMEOUT, DELIVERY_GUARANTEE, ALERTS_DELIVERY_GUARANTEE, TRANSACTIONAL_ID_PREFIX, MAX_OUT_OF_ORDERNESS, SOURCE_IDLENESS,
                MAX_TEXT_CHARS, MAX_RECORD_BYTES, MAX_FUTURE_SKEW, DEDUP_WINDOW, CONTEXT_TAIL, MIN_CONFIDENCE,
                QUERY_BATCH_SIZE, QUERY_BATCH_DELAY, DETECTION_BUCKET, OPEN_SURPRISE, CLOSE_SURPRISE, MIN_EVENTS,
                MIN_RATIO, MIN_HISTORY, COOLDOWN, FLOOR_PER_HOUR, VIRAL_CASCADE, MIN_RESHARES));
        all.addAll(List.of(IMPACT_BUCKET, IMPACT_BASELINE, IMPACT_RECENT_WINDOW, IMPACT_MIN_COUNT,
                IMPACT_MIN_ATTRIBUTED, IMPACT_EXPECTED_EFFECT, IMPACT_FALSE_ALARM_RATE, IMPACT_RISK_MIN_COUNT,
                IMPACT_RISK_SIGNIFICANCE, IMPACT_DIGEST_HOUR, IMPACT_OFFICIAL_COMMUNICATION, IMPACT_OFF_BRAND_LEXICON));
        all.addAll(TOPIC_NAMES.values());
        all.addAll(List.of(WEBHOOK_URL, WEBHOOK_IMPACT_URL, WEBHOOK_TIMEOUT, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_QUEUE_CAPACITY));
        return all;
    }

    public static Map<String, ConfigOption<?>> byKey() {
        return all().stream().collect(Collectors.toMap(ConfigOption::key, Function.identity()));
    }
}
