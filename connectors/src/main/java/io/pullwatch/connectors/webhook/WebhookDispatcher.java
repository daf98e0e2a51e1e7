package io.pullwatch.connectors.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts JSON payloads to one webhook from a bounded queue, on a thread of its own, so that whoever offers records
 * never waits for the network: {@link #offer} returns at once, and a record that finds the queue full is dropped and
 * counted. Each record is retried with exponential backoff and jitter on connection errors, timeouts, 5xx, 408 and 429
 * ({@code Retry-After} honoured up to a cap), and given up, counted and logged when its attempts run out; other
 * statuses are refusals and are not retried. One record at a time, in order: a receiver that rate-limits is not helped
 * by concurrency, and an alert's revisions then arrive in the order they were made.
 *
 * <p>No Flink here: {@link WebhookSinkWriter} wraps it.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** The share of each backoff that is random, so that senders that failed together do not retry together. */
    static final double JITTER = 0.25;
    static final Duration LOG_INTERVAL = Duration.ofSeconds(10);
    private static final int LOGGED_BODY_CHARS = 200;
    private static final long SENDER_JOIN_MILLIS = 2_000;

    private final WebhookSettings settings;
    private final DeliveryCounters counters;
    private final HttpClient client;
    private final BlockingQueue<Delivery> queue;
    private final Thread sender;
    private final LogThrottle dropLog = new LogThrottle(LOG_INTERVAL);
    private final LogThrottle failureLog = new LogThrottle(LOG_INTERVAL);
    private final Object drainSignal = new Object();
    /** Records offered and not yet finished with (queued or being sent); guarded by {@link #drainSignal}. */
    private int pending;
    private volatile boolean closed;

    private WebhookDispatcher(WebhookSettings settings, DeliveryCounters counters, String threadName) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                // A redirected POST would carry the message somewhere nobody configured.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.sender = new Thread(this::sendUntilInterrupted, Objects.requireNonNull(threadName, "threadName"));
        this.sender.setDaemon(true);
    }

    /** A dispatcher with its sender thread running. */
    public static WebhookDispatcher start(WebhookSettings settings, DeliveryCounters counters, String threadName) {
        WebhookDispatcher dispatcher = new WebhookDispatcher(settings, counters, threadName);
        dispatcher.sender.start();
        return dispatcher;
    }

    /**
     * Queues one payload for delivery, never waiting.
     *
     * @param description how the record is named in logs (never its content)
     * @return false if the record was dropped (queue full, or closed), which is counted and logged
     */
    public boolean offer(String description, byte[] body) {
        Objects.requireNonNull(body, "body");
        if (!closed) {
            synchronized (drainSignal) {
                pending++;
            }
            if (queue.offer(new Delivery(description, body))) {
                return true;
            }
            finished();
        }
        counters.dropped();
        long heldBack = dropLog.tryAcquire();
        if (heldBack >= 0) {
            LOG.warn("Webhook {}: dropped {}: {} ({} more dropped since the last message like this; all are counted"
                    + " in webhookDropped)", settings.endpoint(), description,
                    closed ? "the sink is closed" : "the queue is full (" + settings.queueCapacity() + " waiting)",
                    heldBack);
        }
        return false;
    }

    /** Records offered and not yet delivered or given up: queued, plus the one being sent. */
    public int pending() {
        synchronized (drainSignal) {
            return pending;
        }
    }

    /** Waits at most {@code timeout} until every record offered so far is delivered or given up. */
    public boolean awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (drainSignal) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(drainSignal, left);
            }
            return true;
        }
    }

    /**
     * Refuses new records, waits at most the drain timeout for the waiting ones, then stops the sender. What is left
     * is logged and counted as failed: the alerts topic still has those records; only the notification is lost.
     */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        try {
            if (!awaitDrained(settings.drainTimeout())) {
                LOG.warn("Webhook {}: closing with {} record(s) not delivered after waiting {}; they are given up"
                        + " and counted in webhookFailed", settings.endpoint(), pending(), settings.drainTimeout());
            }
        } finally {
            sender.interrupt();
            sender.join(SENDER_JOIN_MILLIS);
        }
    }

    private void sendUntilInterrupted() {
        try {
            while (true) {
                Delivery next = queue.take();
                try {
                    deliver(next);
                } catch (InterruptedException e) {
                    counters.failed();
                    finished();
                    throw e;
                } catch (RuntimeException e) {
                    // A bug here must not stop the thread: everything after would silently pile up and be dropped.
                    counters.failed();
                    LOG.error("Webhook {}: unexpected error delivering {}", settings.endpoint(), next.description(), e);
                }
                finished();
            }
        } catch (InterruptedException closing) {
            for (Delivery abandoned = queue.poll(); abandoned != null; abandoned = queue.poll()) {
                counters.failed();
                finished();
            }
        }
    }

    private void deliver(Delivery delivery) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(delivery.body());
            if (outcome.delivered()) {
                counters.delivered();
                if (attempt > 1) {
                    LOG.debug("Webhook {}: delivered {} at attempt {}", settings.endpoint(), delivery.description(),
                            attempt);
                }
                return;
            }
            if (!outcome.retryable()) {
                giveUp(delivery, outcome.problem() + "; not retried");
                return;
            }
            if (attempt >= settings.maxAttempts()) {
                giveUp(delivery, "gave up after " + attempt + (attempt == 1 ? " attempt" : " attempts")
                        + ", the last: " + outcome.problem());
                return;
            }
            Duration wait = outcome.retryAfter() != null
                    ? min(outcome.retryAfter(), settings.maxRetryAfter())
                    : backoff(settings.initialBackoff(), settings.maxBackoff(), attempt,
                            ThreadLocalRandom.current().nextDouble());
            counters.retried();
            LOG.debug("Webhook {}: attempt {} for {} failed ({}); retrying in {}", settings.endpoint(), attempt,
                    delivery.description(), outcome.problem(), wait);
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        }
    }

    private void giveUp(Delivery delivery, String why) {
        counters.failed();
        long heldBack = failureLog.tryAcquire();
        if (heldBack >= 0) {
            LOG.warn("Webhook {}: {} not delivered: {} ({} more failures since the last message like this; all are"
                    + " counted in webhookFailed)", settings.endpoint(), delivery.description(), why, heldBack);
        }
    }

    private Outcome attempt(byte[] body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "pullwatch-webhook")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // The request's own timeout covers the wait for the headers; this one also covers a body that trickles.
            return classify(exchange.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return Outcome.retry("no response within " + settings.requestTimeout(), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String problem = cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()));
            return cause instanceof IOException ? Outcome.retry(problem, null) : Outcome.refused(problem);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        }
    }

    private static Outcome classify(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        String problem = "HTTP " + status + bodyLine(response.body());
        if (status == 408 || status == 429 || status >= 500) {
            return Outcome.retry(problem, retryAfter(response.headers(), Instant.now()).orElse(null));
        }
        return Outcome.refused(problem);
    }

    /** {@code Retry-After} in seconds or as an HTTP date; absent or unreadable: empty. */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.chars().allMatch(Character::isDigit)) {
            // Any number of seconds beyond a day is as good as a day: the cap applies anyway.
            return Optional.of(text.length() > 5 ? Duration.ofDays(1) : Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The wait after the {@code failures}-th failure: {@code initial · 2^(failures-1)}, at most {@code max}, less up
     * to {@link #JITTER} of it at random ({@code random} in [0, 1)). Each wait is then at least 1.5 times the longest
     * the previous one could have been, until the cap.
     */
    static Duration backoff(Duration initial, Duration max, int failures, double random) {
        int doublings = Math.min(failures - 1, 62);
        long base = initial.toNanos() > (max.toNanos() >> doublings) ? max.toNanos() : initial.toNanos() << doublings;
        return Duration.ofNanos((long) (Math.min(base, max.toNanos()) * (1 - JITTER * random)));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String bodyLine(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String line = firstLine(new String(body, 0, Math.min(body.length, 4 * LOGGED_BODY_CHARS), StandardCharsets.UTF_8));
        return line.isEmpty() ? "" : ": " + Mrkdwn.truncate(line, LOGGED_BODY_CHARS);
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** One record on its way: how logs name it, and the bytes to post. */
    private record Delivery(String description, byte[] body) {}

    private record Outcome(boolean delivered, boolean retryable, String problem, Duration retryAfter) {

        static final Outcome DELIVERED = new Outcome(true, false, null, null);

        static Outcome retry(String problem, Duration retryAfter) {
            return new Outcome(false, true, problem, retryAfter);
        }

        static Outcome refused(String problem) {
            return new Outcome(false, false, problem, null);
        }
    }

    private void finished() {
        synchronized (drainSignal) {
            pending--;
            if (pending == 0) {
                drainSignal.notifyAll();
            }
        }
    }
}
