package io.pullwatch.connectors.webhook;

import static io.pullwatch.connectors.testing.WebhookReceiver.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.testing.WebhookReceiver;
import io.pullwatch.connectors.testing.WebhookReceiver.HangUp;
import io.pullwatch.connectors.testing.WebhookReceiver.Held;
import io.pullwatch.connectors.testing.WebhookReceiver.Late;
import io.pullwatch.connectors.testing.WebhookReceiver.Request;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dispatcher against a real HTTP server on an ephemeral port; short timeouts and backoffs keep it fast. */
class WebhookDispatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * Gaps are measured where the requests arrive, so the first one's arrival may be late by the server's cold start
     * while the next is not: lower bounds allow for that much.
     */
    private static final long SLACK_MS = 100;
    private static final byte[] PAYLOAD = "{\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8);

    /** A request timeout that a slow, shared machine never reaches: only the test of timeouts shortens it. */
    private static WebhookSettings.Builder settings(WebhookReceiver receiver) {
        return WebhookSettings.builder().url(receiver.url())
                .requestTimeout(Duration.ofSeconds(3))
                .backoff(Duration.ofMillis(20), Duration.ofSeconds(2))
                .maxRetryAfter(Duration.ofSeconds(5))
                .drainTimeout(Duration.ofSeconds(10));
    }

    @Test
    void retriesThroughA500ARateLimitATimeoutAndAHangUpThenDelivers() throws Exception {
        try (var receiver = WebhookReceiver.start(status(500, "boom"), status(429, "slow down", "Retry-After", "1"),
                new Late(Duration.ofMillis(900)), new HangUp(), status(200, "ok"))) {
            Counts counts = new Counts();
            try (var dispatcher = WebhookDispatcher.start(settings(receiver).maxAttempts(6)
                    .requestTimeout(Duration.ofMillis(300)).build(), counts, "t")) {
                assertThat(dispatcher.offer("message 1", PAYLOAD)).isTrue();

                assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
            }

            List<Request> requests = receiver.requests();
            assertThat(requests).hasSize(5).allSatisfy(r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.contentType()).startsWith("application/json");
                assertThat(r.body()).isEqualTo("{\"text\":\"hello\"}");
            });
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(1, 4, 0, 0));
            List<Long> gaps = receiver.gapsMillis();
            // After the 500: the first backoff (at most 20 ms), not a Retry-After.
            assertThat(gaps.get(0)).isLessThan(500);
            // After the 429: its Retry-After of one second, not the backoff of at most 40 ms.
            assertThat(gaps.get(1)).isGreaterThanOrEqualTo(1000 - SLACK_MS);
            // After the late answer: the request timeout (300 ms) and the third backoff (60 to 80 ms).
            assertThat(gaps.get(2)).isGreaterThanOrEqualTo(300 + 60 - SLACK_MS).isLessThan(900);
            // After the hang-up: the fourth backoff (120 to 160 ms).
            assertThat(gaps.get(3)).isGreaterThanOrEqualTo(120 - SLACK_MS);
        }
    }

    @Test
    void waitsGrowExponentiallyBetweenRetries() throws Exception {
        try (var receiver = WebhookReceiver.start(status(503), status(503), status(503), status(503), status(503))) {
            Counts counts = new Counts();
            try (var dispatcher = WebhookDispatcher.start(settings(receiver).maxAttempts(6)
                    .backoff(Duration.ofMillis(25), Duration.ofSeconds(10)).build(), counts, "t")) {
                dispatcher.offer("message 1", PAYLOAD);
                assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
            }

            // Waits of 19-25, 38-50, 75-100, 150-200 and 300-400 ms: each at least 1.5 times the previous one's most.
            // The first retry also pays for the JVM loading the retry path, so the order is checked from the second.
            List<Long> gaps = receiver.gapsMillis();
            assertThat(gaps).hasSize(5);
            assertThat(gaps.subList(1, gaps.size())).isSorted();
            for (int i = 0; i < gaps.size(); i++) {
                long base = 25L << i;
                assertThat(gaps.get(i)).as("wait %d", i + 1).isGreaterThanOrEqualTo(base * 3 / 4)
                        .isLessThan(base + 500);
            }
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(1, 5, 0, 0));
        }
    }

    @Test
    void aRetryAfterLongerThanTheCapIsCut() throws Exception {
        try (var receiver = WebhookReceiver.start(status(429, "", "Retry-After", "3600"))) {
            Counts counts = new Counts();
            try (var dispatcher = WebhookDispatcher.start(settings(receiver)
                    .maxRetryAfter(Duration.ofMillis(500)).build(), counts, "t")) {
                dispatcher.offer("message 1", PAYLOAD);
                assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
            }

            assertThat(receiver.gapsMillis()).singleElement().satisfies(gap -> assertThat(gap).isBetween(500 - SLACK_MS, 2000L));
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(1, 1, 0, 0));
        }
    }

    @Test
    void aClientErrorIsNotRetriedAndCountsAsFailed() throws Exception {
        try (var receiver = WebhookReceiver.start(status(400, "invalid_payload\nsecond line"))) {
            Counts counts = new Counts();
            try (var dispatcher = WebhookDispatcher.start(settings(receiver).build(), counts, "t")) {
                dispatcher.offer("message 1", PAYLOAD);
                assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
            }

            assertThat(receiver.requests()).hasSize(1);
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(0, 0, 1, 0));
        }
    }

    @Test
    void aRecordIsGivenUpWhenItsAttemptsRunOutAndTheNextOneIsStillSent() throws Exception {
        try (var receiver = WebhookReceiver.start(status(503), status(502), status(504))) {
            Counts counts = new Counts();
            try (var dispatcher = WebhookDispatcher.start(settings(receiver).maxAttempts(3).build(), counts, "t")) {
                dispatcher.offer("message 1", PAYLOAD);
                dispatcher.offer("message 2", "{\"text\":\"next\"}".getBytes(StandardCharsets.UTF_8));
                assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
            }

            assertThat(receiver.requests()).extracting(Request::body)
                    .containsExactly("{\"text\":\"hello\"}", "{\"text\":\"hello\"}", "{\"text\":\"hello\"}",
                            "{\"text\":\"next\"}");
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(1, 2, 1, 0));
        }
    }

    @Test
    void anUnreachableEndpointIsRetriedAsAConnectionError() throws Exception {
        String url;
        try (var gone = WebhookReceiver.start()) {
            url = gone.url();
        }
        Counts counts = new Counts();
        try (var dispatcher = WebhookDispatcher.start(WebhookSettings.builder().url(url).maxAttempts(2)
                .backoff(Duration.ofMillis(10), Duration.ofMillis(10)).build(), counts, "t")) {
            dispatcher.offer("message 1", PAYLOAD);
            assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
        }

        assertThat(counts.snapshot()).isEqualTo(new Snapshot(0, 1, 1, 0));
    }

    @Test
    void aFullQueueDropsAndCountsWithoutBlocking() throws Exception {
        try (var receiver = WebhookReceiver.start(new Held())) {
            Counts counts = new Counts();
            try (var dispatcher = WebhookDispatcher.start(settings(receiver).queueCapacity(2)
                    .requestTimeout(Duration.ofSeconds(30)).build(), counts, "t")) {
                dispatcher.offer("in flight", PAYLOAD);
                receiver.awaitRequests(r -> r.size() == 1, WAIT);

                List<Boolean> taken = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < 5; i++) {
                    taken.add(dispatcher.offer("message " + i, PAYLOAD));
                }
                Duration offering = Duration.ofNanos(System.nanoTime() - start);

                // The receiver holds its answer for a minute: a blocking offer would take that long.
                assertThat(offering).isLessThan(Duration.ofSeconds(1));
                assertThat(taken).containsExactly(true, true, false, false, false);
                assertThat(dispatcher.pending()).isEqualTo(3);
                assertThat(counts.snapshot()).isEqualTo(new Snapshot(0, 0, 0, 3));

                receiver.release();
                assertThat(dispatcher.awaitDrained(WAIT)).isTrue();
            }

            assertThat(receiver.requests()).hasSize(3);
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(3, 0, 0, 3));
        }
    }

    @Test
    void closeWaitsForTheQueueToDrain() throws Exception {
        try (var receiver = WebhookReceiver.start(new Late(Duration.ofMillis(50)), new Late(Duration.ofMillis(50)),
                new Late(Duration.ofMillis(50)), new Late(Duration.ofMillis(50)))) {
            Counts counts = new Counts();
            var dispatcher = WebhookDispatcher.start(settings(receiver).build(), counts, "t");
            for (int i = 0; i < 6; i++) {
                dispatcher.offer("message " + i, PAYLOAD);
            }

            dispatcher.close();

            assertThat(receiver.requests()).hasSize(6);
            assertThat(dispatcher.pending()).isZero();
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(6, 0, 0, 0));
            assertThat(dispatcher.offer("after close", PAYLOAD)).isFalse();
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(6, 0, 0, 1));
        }
    }

    @Test
    void closeGivesUpWhatIsLeftAfterTheDrainTimeout() throws Exception {
        try (var receiver = WebhookReceiver.start(new Held())) {
            Counts counts = new Counts();
            var dispatcher = WebhookDispatcher.start(settings(receiver).requestTimeout(Duration.ofSeconds(30))
                    .drainTimeout(Duration.ofMillis(300)).build(), counts, "t");
            for (int i = 0; i < 3; i++) {
                dispatcher.offer("message " + i, PAYLOAD);
            }
            receiver.awaitRequests(r -> r.size() == 1, WAIT);

            long start = System.nanoTime();
            dispatcher.close();
            Duration closing = Duration.ofNanos(System.nanoTime() - start);

            assertThat(closing).isBetween(Duration.ofMillis(300), Duration.ofSeconds(2));
            assertThat(dispatcher.pending()).isZero();
            assertThat(counts.snapshot()).isEqualTo(new Snapshot(0, 0, 3, 0));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(120).atZone(ZoneOffset.UTC));

        assertThat(WebhookDispatcher.retryAfter(headers("Retry-After", "7"), now)).contains(Duration.ofSeconds(7));
        assertThat(WebhookDispatcher.retryAfter(headers("Retry-After", inTwoMinutes), now))
                .contains(Duration.ofSeconds(120));
        assertThat(WebhookDispatcher.retryAfter(headers("Retry-After", "99999999999999999999"), now))
                .contains(Duration.ofDays(1));
        assertThat(WebhookDispatcher.retryAfter(headers("Retry-After", "soon"), now)).isEmpty();
        assertThat(WebhookDispatcher.retryAfter(headers("X-Other", "1"), now)).isEmpty();
    }

    @Test
    void backoffDoublesUpToTheCapWithAtMostAQuarterTakenOffAtRandom() {
        Duration initial = Duration.ofMillis(100);
        Duration max = Duration.ofSeconds(1);

        assertThat(WebhookDispatcher.backoff(initial, max, 1, 0.0)).isEqualTo(Duration.ofMillis(100));
        assertThat(WebhookDispatcher.backoff(initial, max, 2, 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(WebhookDispatcher.backoff(initial, max, 3, 0.999)).isBetween(Duration.ofMillis(300),
                Duration.ofMillis(301));
        assertThat(WebhookDispatcher.backoff(initial, max, 5, 0.0)).isEqualTo(max);
        assertThat(WebhookDispatcher.backoff(initial, max, 1_000, 0.0)).isEqualTo(max);
    }

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
    }

    record Snapshot(int delivered, int retried, int failed, int dropped) {}

    /** Counts what the dispatcher reports, from any thread. */
    static final class Counts implements DeliveryCounters {

        private final AtomicInteger delivered = new AtomicInteger();
        private final AtomicInteger retried = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger dropped = new AtomicInteger();

        @Override
        public void delivered() {
            delivered.incrementAndGet();
        }

        @Override
        public void retried() {
            retried.incrementAndGet();
        }

        @Override
        public void failed() {
            failed.incrementAndGet();
        }

        @Override
        public void dropped() {
            dropped.incrementAndGet();
        }

        Snapshot snapshot() {
            return new Snapshot(delivered.get(), retried.get(), failed.get(), dropped.get());
        }
    }
}
