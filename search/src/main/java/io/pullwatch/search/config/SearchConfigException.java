package io.pullwatch.search.config;

/** A configuration value that cannot be used; the message names the key. */
public final class SearchConfigException extends IllegalArgumentException {
    public SearchConfigException(String message) {
        super(message);
    }
}
