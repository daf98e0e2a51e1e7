package io.pullwatch.jobs.config;

/** A configuration value that cannot be used; the message names the key. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
