package io.pullwatch.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads Pullwatch's configuration file (Java properties, UTF-8) into key/value settings, values trimmed, overrides
 * applied on top. Shared by the pipeline's and the search service's configuration, which each check their own keys.
 */
public final class SettingsFile {

    private SettingsFile() {}

    public static Map<String, String> read(Path file, Map<String, String> overrides) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> merged = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> merged.put(key, properties.getProperty(key).trim()));
        merged.putAll(overrides);
        return merged;
    }
}
