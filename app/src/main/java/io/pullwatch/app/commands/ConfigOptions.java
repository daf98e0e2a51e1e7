package io.pullwatch.app.commands;

import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.search.config.SearchConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The configuration options every command shares: a file and individual overrides. */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: config/pullwatch.properties of the installation).")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key; repeatable.")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka brokers (kafka.bootstrap-servers).")
    String bootstrapServers;

    public PullwatchConfig load() {
        return PullwatchConfig.load(file(), overrides());
    }

    /** The search service's settings from the same file and overrides. */
    public SearchConfig loadSearch() {
        return SearchConfig.load(file(), overrides());
    }

    private Path file() {
        return file != null ? file : Installation.defaultConfig();
    }

    private Map<String, String> overrides() {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        if (bootstrapServers != null) {
            all.put("kafka.bootstrap-servers", bootstrapServers);
        }
        return all;
    }
}
