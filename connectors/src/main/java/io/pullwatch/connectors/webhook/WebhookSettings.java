package io.pullwatch.connectors.webhook;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a webhook is delivered to: where, how long one request may take, how often and how patiently it is retried,
 * how many records may wait, and how long closing waits for them.
 *
 * <p>The URL of an incoming webhook is a credential (whoever has it can post to the channel), so it is never shown
 * whole: {@link #endpoint()} and {@link #toString()} give the scheme and host only, and no error message repeats it.
 */
public record WebhookSettings(
        URI url,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int queueCapacity,
        Duration drainTimeout) implements Serializable {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_ATTEMPTS = 6;
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);
    public static final int DEFAULT_QUEUE_CAPACITY = 1000;
    public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(5);

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        requirePositive("requestTimeout", requestTimeout);
        requireAtLeastOne("maxAttempts", maxAttempts);
        requirePositive("initialBackoff", initialBackoff);
        requirePositive("maxBackoff", maxBackoff);
        requireNotNegative("maxRetryAfter", maxRetryAfter);
        requireAtLeastOne("queueCapacity", queueCapacity);
        requireNotNegative("drainTimeout", drainTimeout);
        if (initialBackoff.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException("initialBackoff (" + initialBackoff + ") must not exceed maxBackoff ("
                    + maxBackoff + ")");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.url = url;
        builder.requestTimeout = requestTimeout;
        builder.maxAttempts = maxAttempts;
        builder.initialBackoff = initialBackoff;
        builder.maxBackoff = maxBackoff;
        builder.maxRetryAfter = maxRetryAfter;
        builder.queueCapacity = queueCapacity;
        builder.drainTimeout = drainTimeout;
        return builder;
    }

    /**
     * The URL of a webhook, checked: absolute, http or https, with a host. The message of the exception names what
     * is wrong without repeating the URL.
     */
    public static URI parseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("webhook URL must not be blank");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("webhook URL is not a valid URL (" + e.getReason() + " at character "
                    + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("webhook URL must start with http:// or https://"
                    + (scheme.isEmpty() ? "" : ", not " + scheme + "://"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("webhook URL has no host name");
        }
        return uri;
    }

    /** Where deliveries go, safe to log: scheme, host and port, without the path that holds the secret. */
    public String endpoint() {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost()
                + (url.getPort() == -1 ? "" : ":" + url.getPort());
    }

    @Override
    public String toString() {
        return "WebhookSettings[endpoint=" + endpoint() + ", requestTimeout=" + requestTimeout + ", maxAttempts="
                + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + ", queueCapacity=" + queueCapacity + ", drainTimeout="
                + drainTimeout + "]";
    }

    static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
    }

    static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    /** Each setter checks its value at once; {@link #build()} checks that a URL was given. */
    public static final class Builder {

        private URI url;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
        private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
        private Duration drainTimeout = DEFAULT_DRAIN_TIMEOUT;

        private Builder() {}

        public Builder url(String url) {
            this.url = parseUrl(url);
            return this;
        }

        /** Longest wait for one request's response, connection included; a timeout is retried. */
        public Builder requestTimeout(Duration timeout) {
            requirePositive("requestTimeout", timeout);
            this.requestTimeout = timeout;
            return this;
        }

        /** Attempts per record, the first included: 1 means never retried. */
        public Builder maxAttempts(int attempts) {
            requireAtLeastOne("maxAttempts", attempts);
            this.maxAttempts = attempts;
            return this;
        }

        /** The wait before the first retry, doubling after each failure up to {@code max}. */
        public Builder backoff(Duration initial, Duration max) {
            requirePositive("initialBackoff", initial);
            requirePositive("maxBackoff", max);
            if (initial.compareTo(max) > 0) {
                throw new IllegalArgumentException("initialBackoff (" + initial + ") must not exceed maxBackoff ("
                        + max + ")");
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /** The longest wait a receiver's {@code Retry-After} can impose; a longer one is cut to this. */
        public Builder maxRetryAfter(Duration max) {
            requireNotNegative("maxRetryAfter", max);
            this.maxRetryAfter = max;
            return this;
        }

        /** Records that may wait for delivery, not counting the one being sent; beyond, new records are dropped. */
        public Builder queueCapacity(int capacity) {
            requireAtLeastOne("queueCapacity", capacity);
            this.queueCapacity = capacity;
            return this;
        }

        /** How long closing, or the end of a bounded input, waits for waiting records to be delivered. */
        public Builder drainTimeout(Duration timeout) {
            requireNotNegative("drainTimeout", timeout);
            this.drainTimeout = timeout;
            return this;
        }

        public WebhookSettings build() {
            if (url == null) {
                throw new IllegalStateException("a webhook URL is required");
            }
            return new WebhookSettings(url, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter,
                    queueCapacity, drainTimeout);
        }
    }
}
