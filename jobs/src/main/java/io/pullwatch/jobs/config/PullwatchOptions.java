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
            .withDescription("Event-time bucket of the volume detector.");
    public static final ConfigOption<Integer> DETECTION_THRESHOLD = ConfigOptions.key("detection.threshold")
            .intType().defaultValue(6)
            .withDescription("Positive (or negative) feedback per scope and bucket that opens an alert.");

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
                CHECKPOINT_INTERVAL, DELIVERY_GUARANTEE, TRANSACTIONAL_ID_PREFIX, MAX_OUT_OF_ORDERNESS, SOURCE_IDLENESS,
                MAX_TEXT_CHARS, MAX_RECORD_BYTES, MAX_FUTURE_SKEW, DEDUP_WINDOW, CONTEXT_TAIL, MIN_CONFIDENCE,
                QUERY_BATCH_SIZE, QUERY_BATCH_DELAY, DETECTION_BUCKET, DETECTION_THRESHOLD));
        all.addAll(List.of(IMPACT_BUCKET, IMPACT_BASELINE, IMPACT_RECENT_WINDOW, IMPACT_MIN_COUNT,
                IMPACT_MIN_ATTRIBUTED, IMPACT_EXPECTED_EFFECT, IMPACT_FALSE_ALARM_RATE, IMPACT_RISK_MIN_COUNT, IMPACT_RISK_SIGNIFICANCE,
                IMPACT_DIGEST_HOUR, IMPACT_OFFICIAL_COMMUNICATION, IMPACT_OFF_BRAND_LEXICON));
        all.addAll(TOPIC_NAMES.values());
        return all;
    }

    public static Map<String, ConfigOption<?>> byKey() {
        return all().stream().collect(Collectors.toMap(ConfigOption::key, Function.identity()));
    }
}
