package io.pullwatch.search.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.search.access.AccessPolicy;
import io.pullwatch.search.access.ForbiddenException;
import io.pullwatch.search.access.Principal;
import io.pullwatch.search.access.Tokens;
import io.pullwatch.search.index.Erasure;
import io.pullwatch.search.query.InvalidRequestException;
import io.pullwatch.search.query.SearchRequest;
import io.pullwatch.search.query.SearchService;
import io.pullwatch.search.saved.SavedQueryCatalog;
import io.pullwatch.search.saved.SavedQueryPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API and the web page, on the JDK's HTTP server with a bounded pool: requests beyond its threads and a
 * short queue are refused with 503 instead of piling up. Every {@code /api/} request needs a bearer token; errors are
 * JSON {@code {"error": "…"}}: 400 malformed or too expensive, 401 no or unknown token, 403 not allowed, 404, 405,
 * 413 body too large, 500 only for a fault of the service itself.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int QUEUE = 64;
    private static final Pattern SAVED_QUERY_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    /** Everything the API answers from. */
    public record Backend(SearchService search, SavedQueryPublisher publisher, SavedQueryCatalog catalog,
            Erasure erasure, Tokens tokens, int maxWindow, Supplier<ApiHealth> health) {}

    /** What /health reports. */
    public record ApiHealth(long documents, long indexed, long undecodable) {}

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // every response waits about 40 ms. Read once, when the JDK server's configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Backend backend;
    private final ObjectMapper json = JsonMappers.create();
    private final StaticResources resources = new StaticResources();
    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    private HttpApi(Backend backend, HttpServer server, ThreadPoolExecutor pool) {
        this.backend = backend;
        this.server = server;
        this.pool = pool;
    }

    public static HttpApi start(Backend backend, String host, int port, int threads) throws IOException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "search-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
        HttpApi api = new HttpApi(backend, server, pool);
        server.createContext("/", api::handle);
        server.setExecutor(command -> {
            try {
                pool.execute(command);
            } catch (java.util.concurrent.RejectedExecutionException busy) {
                // Answered on the dispatcher thread: cheap, and it never waits on the pool.
                command.run();
            }
        });
        server.start();
        return api;
    }

    /** The address, e.g. http://127.0.0.1:8088/. */
    public String address() {
        InetSocketAddress a = server.getAddress();
        return "http://" + a.getHostString() + ":" + a.getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            if (Thread.currentThread().getName().startsWith("search-http")) {
                route(exchange);
            } else {
                respond(exchange, 503, new ApiResponses.Error("the service is busy; retry shortly"));
            }
        } catch (InvalidRequestException | IllegalArgumentException e) {
            respondQuietly(exchange, 400, e.getMessage());
        } catch (ForbiddenException e) {
            respondQuietly(exchange, 403, e.getMessage());
        } catch (RuntimeException | IOException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            respondQuietly(exchange, 500, "the service failed to answer; this is a fault of the service");
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (!path.startsWith("/api/")) {
            if (path.equals("/health")) {
                ApiHealth h = backend.health().get();
                respond(exchange, 200, new ApiResponses.Health("ok", h.documents(), h.indexed(), h.undecodable()));
            } else if (!method.equals("GET")) {
                respond(exchange, 405, new ApiResponses.Error("only GET is served outside /api/"));
            } else if (!resources.serve(exchange, path)) {
                respond(exchange, 404, new ApiResponses.Error("nothing at " + path));
            }
            return;
        }
        Principal principal = authenticate(exchange);
        if (principal == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"pullwatch\"");
            respond(exchange, 401, new ApiResponses.Error(
                    "a bearer token is required: send the header 'Authorization: Bearer TOKEN'"));
            return;
        }
        List<String> parts = List.of(path.substring("/api/".length()).split("/", -1));
        String resource = parts.get(0);
        switch (resource) {
            case "search" -> requireGet(exchange, parts, () -> ApiResponses.Search.of(
                    backend.search().search(request(exchange), principal)));
            case "facets" -> requireGet(exchange, parts, () -> ApiResponses.Facets.of(
                    backend.search().facets(request(exchange), principal)));
            case "histogram" -> requireGet(exchange, parts, () -> ApiResponses.Histogram.of(
                    backend.search().histogram(request(exchange), principal)));
            case "feedback" -> feedback(exchange, parts, principal);
            case "saved-queries" -> savedQueries(exchange, parts, principal);
            case "authors" -> erase(exchange, parts, principal);
            default -> respond(exchange, 404, new ApiResponses.Error("no API resource '" + resource
                    + "'; see /openapi.yaml"));
        }
    }

    private interface Answer {
        Object get() throws IOException;
    }

    private void requireGet(HttpExchange exchange, List<String> parts, Answer answer) throws IOException {
        if (parts.size() != 1) {
            respond(exchange, 404, new ApiResponses.Error("nothing at " + exchange.getRequestURI().getRawPath()));
        } else if (!exchange.getRequestMethod().equals("GET")) {
            methodNotAllowed(exchange, "GET");
        } else {
            respond(exchange, 200, answer.get());
        }
    }

    private void feedback(HttpExchange exchange, List<String> parts, Principal principal) throws IOException {
        if (parts.size() != 2 || parts.get(1).isEmpty()) {
            respond(exchange, 404, new ApiResponses.Error("ask for /api/feedback/{feedbackId}"));
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            methodNotAllowed(exchange, "GET");
            return;
        }
        String id = decode(parts.get(1));
        var found = backend.search().get(id, principal);
        if (found.isEmpty()) {
            respond(exchange, 404, new ApiResponses.Error("no feedback '" + id + "'"));
        } else {
            send(exchange, 200, "application/json", found.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void savedQueries(HttpExchange exchange, List<String> parts, Principal principal) throws IOException {
        String method = exchange.getRequestMethod();
        if (parts.size() == 1 && method.equals("GET")) {
            respond(exchange, 200, new ApiResponses.SavedQueries(backend.catalog().list()));
        } else if (parts.size() == 1 && method.equals("POST")) {
            AccessPolicy.requireCanWriteSavedQueries(principal);
            ApiResponses.NewSavedQuery body = body(exchange, ApiResponses.NewSavedQuery.class);
            if (body.name() == null || body.name().isBlank()) {
                throw new InvalidRequestException("a saved query needs a name");
            }
            if (body.query() == null || body.query().isBlank()) {
                throw new InvalidRequestException("a saved query needs a query");
            }
            backend.search().validate(body.query());
            String id = body.id() != null ? body.id() : idFrom(body.name());
            if (!SAVED_QUERY_ID.matcher(id).matches()) {
                throw new InvalidRequestException("a saved query id is 1 to 100 lower-case letters, digits, '.', '_' "
                        + "or '-', starting with a letter or digit; not '" + id + "'");
            }
            SavedQuery query = new SavedQuery(SchemaVersion.CURRENT, id, body.query(), body.name().strip(),
                    principal.name(), Instant.now());
            backend.publisher().publish(query);
            backend.catalog().put(query);
            respond(exchange, 201, query);
        } else if (parts.size() == 2 && method.equals("DELETE")) {
            AccessPolicy.requireCanWriteSavedQueries(principal);
            String id = decode(parts.get(1));
            if (backend.catalog().get(id).isEmpty()) {
                respond(exchange, 404, new ApiResponses.Error("no saved query '" + id + "'"));
                return;
            }
            backend.publisher().delete(id);
            backend.catalog().remove(id);
            exchange.sendResponseHeaders(204, -1);
        } else if (parts.size() <= 2) {
            methodNotAllowed(exchange, parts.size() == 1 ? "GET, POST" : "DELETE");
        } else {
            respond(exchange, 404, new ApiResponses.Error("nothing at " + exchange.getRequestURI().getRawPath()));
        }
    }

    /** DELETE /api/authors/{authorId}/feedback: the privacy erasure. */
    private void erase(HttpExchange exchange, List<String> parts, Principal principal) throws IOException {
        if (parts.size() != 3 || parts.get(1).isEmpty() || !parts.get(2).equals("feedback")) {
            respond(exchange, 404, new ApiResponses.Error("ask for /api/authors/{authorId}/feedback"));
            return;
        }
        if (!exchange.getRequestMethod().equals("DELETE")) {
            methodNotAllowed(exchange, "DELETE");
            return;
        }
        AccessPolicy.requireCanErase(principal);
        String author = decode(parts.get(1));
        long erased = backend.erasure().eraseAuthor(author);
        LOG.info("erased {} feedback records of author {} at the request of {}", erased, author, principal.name());
        respond(exchange, 200, new ApiResponses.Erased(author, erased));
    }

    private SearchRequest request(HttpExchange exchange) {
        return SearchRequest.parse(parameters(exchange.getRequestURI().getRawQuery()), backend.maxWindow());
    }

    private Principal authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return backend.tokens().lookup(header.substring(7).trim()).orElse(null);
    }

    private <T> T body(HttpExchange exchange, Class<T> type) throws IOException {
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidRequestException("the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        try {
            return json.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not the expected JSON: " + e.getOriginalMessage());
        }
    }

    static Map<String, List<String>> parameters(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("malformed URL encoding in '" + text + "'");
        }
    }

    private static String idFrom(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (slug.isEmpty() ? "q" : slug.substring(0, Math.min(slug.length(), 80))) + "-" + suffix;
    }

    private void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        respond(exchange, 405, new ApiResponses.Error(exchange.getRequestMethod() + " is not allowed here; use "
                + allowed));
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(body));
    }

    private void respondQuietly(HttpExchange exchange, int status, String message) {
        try {
            respond(exchange, status, new ApiResponses.Error(message == null ? "bad request" : message));
        } catch (IOException | RuntimeException alreadySent) {
            LOG.debug("could not send the error response", alreadySent);
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
