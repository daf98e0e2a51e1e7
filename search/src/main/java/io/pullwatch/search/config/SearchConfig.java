package io.pullwatch.search.config;

import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.config.SettingsFile;
import io.pullwatch.search.access.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The search service's configuration: the {@code search.*} keys of the Pullwatch configuration file, plus the Kafka
 * keys it shares with the pipeline. Checked completely at start-up: an unknown {@code search.*} key (a typo), a value
 * of the wrong type or out of range stops start-up with a message naming the key. Other keys belong to the pipeline
 * and are checked there.
 */
public final class SearchConfig {

    public static final String PREFIX = "search.";

    public static final SearchOption<String> BOOTSTRAP_SERVERS = SearchOption.text("kafka.bootstrap-servers",
            "localhost:9092", "Kafka brokers to connect to (shared with the pipeline).");
    public static final SearchOption<String> FEEDBACK_TOPIC = SearchOption.text("topic." + Topics.FEEDBACK.logicalName(),
            Topics.FEEDBACK.defaultName(), "The feedback topic the index is built from (shared with the pipeline).");
    public static final SearchOption<String> SAVED_QUERIES_TOPIC = SearchOption.text(
            "topic." + Topics.SAVED_QUERIES.logicalName(), Topics.SAVED_QUERIES.defaultName(),
            "The saved-queries changelog the API publishes to (shared with the pipeline).");

    public static final SearchOption<String> HOST = SearchOption.text("search.host", "127.0.0.1",
            "Address the HTTP API and web page listen on (0.0.0.0: every interface).");
    public static final SearchOption<Integer> PORT = SearchOption.integer("search.port", 8088, 0, 65_535,
            "Port of the HTTP API and web page (0: any free port).");
    public static final SearchOption<String> INDEX_DIR = SearchOption.text("search.index-dir", "data/search-index",
            "Directory of the Lucene index; it also holds the Kafka offsets the indexer resumes from.");
    public static final SearchOption<Duration> RETENTION = SearchOption.duration("search.retention", Duration.ofDays(400),
            "Feedback written longer ago than this is removed from the index (and not indexed).");
    public static final SearchOption<Duration> REFRESH_INTERVAL = SearchOption.duration("search.refresh-interval",
            Duration.ofMillis(250), "How often new feedback is made searchable (near-real-time reopen).");
    public static final SearchOption<Duration> COMMIT_INTERVAL = SearchOption.duration("search.commit-interval",
            Duration.ofSeconds(5), "How often the index and its Kafka offsets are committed to disk.");
    public static final SearchOption<Integer> HTTP_THREADS = SearchOption.integer("search.http-threads", 4, 1, 256,
            "Threads answering HTTP requests; requests beyond these and a short queue get 503.");
    public static final SearchOption<Integer> MAX_WINDOW = SearchOption.integer("search.max-window", 10_000, 10,
            1_000_000, "Deepest result a search may page to (offset + size); deeper requests get 400.");
    public static final SearchOption<Duration> QUERY_TIMEOUT = SearchOption.duration("search.query-timeout",
            Duration.ofSeconds(2), "A query running longer is stopped and refused with 400.");
    public static final SearchOption<Integer> MAX_EXPANSIONS = SearchOption.integer("search.max-expansions", 1_000,
            1, 100_000, "Most index terms one wildcard, prefix or regular expression may expand to; more get 400.");
    public static final SearchOption<Tokens> TOKENS = new SearchOption<>("search.tokens", "", Tokens::parse,
            "Bearer tokens and their roles: TOKEN=marketing, TOKEN=operations, TOKEN=store-manager:STORE; comma-separated.");

    public static final List<SearchOption<?>> ALL = List.of(BOOTSTRAP_SERVERS, FEEDBACK_TOPIC, SAVED_QUERIES_TOPIC,
            HOST, PORT, INDEX_DIR, RETENTION, REFRESH_INTERVAL, COMMIT_INTERVAL, HTTP_THREADS, MAX_WINDOW,
            QUERY_TIMEOUT, MAX_EXPANSIONS, TOKENS);
    private static final Map<String, SearchOption<?>> BY_KEY =
            ALL.stream().collect(Collectors.toMap(SearchOption::key, Function.identity()));

    private final Map<String, String> values;

    private SearchConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        ALL.forEach(this::get);
    }

    public static SearchConfig defaults() {
        return of(Map.of());
    }

    /** The settings of a Pullwatch configuration file and overrides; keys outside search.* and Kafka are ignored. */
    public static SearchConfig load(Path file, Map<String, String> overrides) {
        try {
            return of(SettingsFile.read(file, overrides));
        } catch (IOException e) {
            throw new SearchConfigException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    public static SearchConfig of(Map<String, String> settings) {
        Map<String, String> relevant = new HashMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(PREFIX) && !BY_KEY.containsKey(key)) {
                throw new SearchConfigException("unknown configuration key '" + key + "'; the search keys are "
                        + ALL.stream().map(SearchOption::key).filter(k -> k.startsWith(PREFIX)).toList());
            }
            if (BY_KEY.containsKey(key)) {
                relevant.put(key, value);
            }
        });
        return new SearchConfig(relevant);
    }

    public <T> T get(SearchOption<T> option) {
        return option.read(values.get(option.key()));
    }

    /** A copy with some keys replaced, validated again. */
    public SearchConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(overrides);
        return of(merged);
    }
}
