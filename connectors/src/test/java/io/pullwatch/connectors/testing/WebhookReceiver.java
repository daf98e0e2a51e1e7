package io.pullwatch.connectors.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real HTTP server (the JDK's) standing in for a Slack incoming webhook on an ephemeral port. It answers requests
 * in turn from a script (statuses with bodies and headers, answers that come too late, connections dropped without
 * an answer, answers held until released), then 200 {@code ok}, and records every request with when it arrived.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The path of a Slack webhook URL is its secret; tests check that it is never repeated. */
    public static final String SECRET_PATH = "/services/T0000/B0000/s3cr3tT0k3n";
    private static final String WARM_UP_PATH = "/warm-up";

    /** One answer of the script. */
    public sealed interface Reply {}

    /** Answers at once with this status, body and headers. */
    public record Status(int code, String body, Map<String, String> headers) implements Reply {}

    /** Answers 200 only after {@code delay}: longer than the client's timeout, it is a timeout. */
    public record Late(Duration delay) implements Reply {}

    /** Closes the connection without answering. */
    public record HangUp() implements Reply {}

    /** Answers 200 once {@link #release()} is called (or after a minute). */
    public record Held() implements Reply {}

    /** One request as it arrived. */
    public record Request(long arrivedNanos, String method, String contentType, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Reply> script;
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private WebhookReceiver(List<Reply> script) throws IOException {
        this.script = List.copyOf(script);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.createContext(WARM_UP_PATH, WebhookReceiver::warmUp);
        server.start();
        warmUpTheJvm();
    }

    /**
     * One unrecorded round trip through the JDK's HTTP client and server before the test's first request: on a cold,
     * busy JVM, loading their classes takes longer than the short request timeouts the tests use.
     */
    private void warmUpTheJvm() throws IOException {
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url().replace(SECRET_PATH, WARM_UP_PATH)))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while warming up", e);
        }
    }

    private static void warmUp(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        respond(exchange, status(204));
    }

    /** Answers from {@code script} in turn, then 200 to everything. */
    public static WebhookReceiver start(Reply... script) throws IOException {
        return new WebhookReceiver(List.of(script));
    }

    public static Status status(int code) {
        return new Status(code, "", Map.of());
    }

    public static Status status(int code, String body) {
        return new Status(code, body, Map.of());
    }

    public static Status status(int code, String body, String header, String value) {
        return new Status(code, body, Map.of(header, value));
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + SECRET_PATH;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits until the requests received satisfy {@code done}; fails after {@code timeout}. */
    public List<Request> awaitRequests(Predicate<List<Request>> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!done.test(requests)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the webhook received " + requests.size() + " request(s) in " + timeout
                            + ", not what the test waited for");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return List.copyOf(requests);
        }
    }

    /** Lets held answers go. */
    public void release() {
        released.countDown();
    }

    /** Milliseconds between the arrival of each request and the next. */
    public List<Long> gapsMillis() {
        List<Request> all = requests();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            gaps.add(TimeUnit.NANOSECONDS.toMillis(all.get(i).arrivedNanos() - all.get(i - 1).arrivedNanos()));
        }
        return gaps;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply;
        synchronized (this) {
            requests.add(new Request(arrived, exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            reply = requests.size() <= script.size() ? script.get(requests.size() - 1) : status(200, "ok");
            notifyAll();
        }
        try {
            if (reply instanceof Status s) {
                respond(exchange, s);
            } else if (reply instanceof Late late) {
                Thread.sleep(late.delay().toMillis());
                respond(exchange, status(200, "ok"));
            } else if (reply instanceof Held) {
                released.await(1, TimeUnit.MINUTES);
                respond(exchange, status(200, "ok"));
            } else {
                exchange.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException clientGone) {
            // The client gave up first (a timeout): nothing to answer.
            exchange.close();
        }
    }

    private static void respond(HttpExchange exchange, Status status) throws IOException {
        status.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = status.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.code(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
