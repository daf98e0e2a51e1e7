package io.pullwatch.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.search.testing.RunningSearch;
import io.pullwatch.search.testing.TestFeedback;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole service (broker, indexer, index, API) through a real HTTP client: every role and every error. */
class HttpApiTest {

    static final String MARKETING = RunningSearch.MARKETING;
    static final String OPERATIONS = RunningSearch.OPERATIONS;
    static final String LILLE = RunningSearch.LILLE;
    private static final ObjectMapper JSON = JsonMappers.create();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningSearch running;

    @BeforeAll
    static void start() throws Exception {
        running = RunningSearch.start(Map.of("search.max-window", "50", "search.max-expansions", "20"));
    }

    @AfterAll
    static void stop() throws Exception {
        running.close();
    }

    // ---- requests ------------------------------------------------------------------------------------------------

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(running.address() + path.substring(1)))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static java.util.List<String> ids(JsonNode results) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        results.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        return ids;
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("error").asText()).contains(message);
    }

    private static void awaitTotal(String query, String token, long total) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = ok(get("/api/search?" + query, token)).path("total").asLong();
            if (seen == total) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + total + " results for '" + query + "', saw " + seen);
    }

    // ---- authentication ------------------------------------------------------------------------------------------

    @Test
    void withoutAValidTokenEveryApiCallIs401() throws Exception {
        for (String path : new String[] {"/api/search", "/api/facets", "/api/histogram", "/api/feedback/review:r1",
                "/api/saved-queries"}) {
            HttpResponse<String> none = get(path, null);
            assertError(none, 401, "bearer token is required");
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"pullwatch\"");
            assertError(get(path, "not-a-known-token-000"), 401, "bearer token is required");
        }
        HttpResponse<String> basic = HTTP.send(HttpRequest.newBuilder(URI.create(running.address() + "api/search"))
                .header("Authorization", "Basic " + MARKETING).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertError(send("DELETE", "/api/authors/author-1/feedback", null, null), 401, "bearer");
    }

    @Test
    void thePageTheOpenApiFileAndHealthNeedNoToken() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<title>Pullwatch search</title>", "app.js");
        assertThat(get("/app.js", null).body()).contains("renderChart");
        assertThat(get("/app.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/openapi.yaml", null).body()).startsWith("openapi: 3").contains("/api/search:");
        assertThat(ok(get("/health", null)).path("status").asText()).isEqualTo("ok");
        assertError(get("/nothing-here", null), 404, "nothing at /nothing-here");
        assertError(send("POST", "/", null, "{}"), 405, "only GET");
    }

    // ---- marketing ------------------------------------------------------------------------------------------------

    @Test
    void marketingSearchesEveryStoreWithHighlightsFacetsHistogramAndLookUp() throws Exception {
        JsonNode results = ok(get("/api/search?q=" + q("staff") + "&sort=newest", MARKETING));
        assertThat(results.path("total").asLong()).isEqualTo(2);
        JsonNode first = results.path("hits").get(0);
        assertThat(first.path("id").asText()).isEqualTo("review:r6");
        assertThat(first.path("highlights").path("text").asText()).contains("<mark>staff</mark>", "&lt;friendly&gt;");
        assertThat(first.path("feedback").path("review").path("storeId").asText()).isEqualTo("lyon-01");
        assertThat(first.has("score")).isFalse();

        JsonNode facets = ok(get("/api/facets?q=" + q("aspect:checkout"), MARKETING));
        assertThat(facets.path("total").asLong()).isEqualTo(3);
        assertThat(facets.path("facets").path("store").get(0).path("value").asText()).isEqualTo("lille-centre");
        assertThat(facets.path("facets").path("store").get(0).path("count").asLong()).isEqualTo(2);

        JsonNode histogram = ok(get("/api/histogram?interval=1h&sentiment=negative", MARKETING));
        assertThat(histogram.path("interval").asText()).isEqualTo("PT1H");
        assertThat(histogram.path("buckets").get(0).path("negative").asLong()).isEqualTo(2);
        assertThat(histogram.path("buckets").get(0).path("start").asText()).isEqualTo("2025-03-01T09:00:00Z");

        JsonNode record = ok(get("/api/feedback/review:r4", MARKETING));
        assertThat(record.path("review").path("text").asText()).isEqualTo("Late delivery again and a rude driver.");
        assertError(get("/api/feedback/review:none", MARKETING), 404, "no feedback 'review:none'");
        assertError(get("/api/feedback/", MARKETING), 404, "/api/feedback/{feedbackId}");
    }

    @Test
    void marketingCreatesListsAndDeletesSavedQueries() throws Exception {
        HttpResponse<String> created = send("POST", "/api/saved-queries", MARKETING,
                "{\"name\": \"Queues at Lille\", \"query\": \"store:lille-centre AND queue*\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode query = JSON.readTree(created.body());
        String id = query.path("id").asText();
        assertThat(id).startsWith("queues-at-lille-");
        assertThat(query.path("owner").asText()).isEqualTo("marketing");
        assertThat(query.path("schemaVersion").asInt()).isEqualTo(1);

        assertThat(ok(get("/api/saved-queries", LILLE)).path("savedQueries").findValuesAsText("id")).contains(id);
        var published = KafkaTestClients.readUntil(running.bootstrapServers(), Topics.SAVED_QUERIES.defaultName(),
                Duration.ofMillis(200), Duration.ofSeconds(20),
                records -> records.stream().anyMatch(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id)));
        assertThat(published).anyMatch(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id) && r.value() != null);

        HttpResponse<String> deleted = send("DELETE", "/api/saved-queries/" + id, MARKETING, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(ok(get("/api/saved-queries", MARKETING)).path("savedQueries").findValuesAsText("id"))
                .doesNotContain(id);
        assertError(send("DELETE", "/api/saved-queries/" + id, MARKETING, null), 404, "no saved query");
    }

    @Test
    void savedQueriesThatCannotBeReadAreRefusedWith400() throws Exception {
        assertError(send("POST", "/api/saved-queries", MARKETING, "{\"name\": \"x\", \"query\": \"queue AND (\"}"),
                400, "invalid query: ");
        assertError(send("POST", "/api/saved-queries", MARKETING, "{\"name\": \"x\"}"), 400, "needs a query");
        assertError(send("POST", "/api/saved-queries", MARKETING, "{\"query\": \"x\"}"), 400, "needs a name");
        assertError(send("POST", "/api/saved-queries", MARKETING, "{\"name\": \"x\", \"query\": \"x\", \"id\": \"A B\"}"),
                400, "a saved query id is");
        assertError(send("POST", "/api/saved-queries", MARKETING, "{not json"), 400, "not the expected JSON");
        assertError(send("POST", "/api/saved-queries", MARKETING, "{\"name\": \"" + "x".repeat(70_000) + "\"}"),
                400, "larger than");
        assertError(send("PUT", "/api/saved-queries", MARKETING, "{}"), 405, "use GET, POST");
        assertError(send("GET", "/api/saved-queries/a", MARKETING, null), 405, "use DELETE");
        assertError(get("/api/saved-queries/a/b", MARKETING), 404, "nothing at");
    }

    // ---- operations -----------------------------------------------------------------------------------------------

    @Test
    void operationsErasesAnAuthorAndTheirFeedbackIsGoneFromSearchAtOnce() throws Exception {
        Feedback a = TestFeedback.review("e1", "lyon-01", "Eraser-Author", 30, 2, SentimentLabel.NEGATIVE, null,
                "Please forget what I wrote about zanzibar");
        Feedback b = TestFeedback.review("e2", "lille-centre", "eraser-author", 31, 2, SentimentLabel.NEGATIVE, null,
                "More about zanzibar");
        running.publish(java.util.List.of(a, b));
        awaitTotal("q=zanzibar", OPERATIONS, 2);

        assertError(send("DELETE", "/api/authors/eraser-author/feedback", MARKETING, null), 403, "only operations");
        assertError(send("DELETE", "/api/authors/eraser-author/feedback", LILLE, null), 403, "only operations");
        long start = System.nanoTime();
        JsonNode erased = JSON.readTree(send("DELETE", "/api/authors/eraser-author/feedback", OPERATIONS, null).body());

        assertThat(erased.path("erased").asLong()).isEqualTo(2);
        assertThat(ok(get("/api/search?q=zanzibar", MARKETING)).path("total").asLong()).isZero();
        assertThat(ok(get("/api/search?q=" + q("author:eraser-author"), MARKETING)).path("total").asLong()).isZero();
        assertError(get("/api/feedback/review:e1", MARKETING), 404, "no feedback");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertError(get("/api/authors/eraser-author/feedback", OPERATIONS), 405, "use DELETE");
        assertError(send("DELETE", "/api/authors/x", OPERATIONS, null), 404, "/api/authors/{authorId}/feedback");
    }

    @Test
    void operationsSearchesEveryStoreButWritesNoSavedQuery() throws Exception {
        assertThat(ok(get("/api/search?q=" + q("aspect:checkout"), OPERATIONS)).path("total").asLong()).isEqualTo(3);
        assertError(send("POST", "/api/saved-queries", OPERATIONS, "{\"name\": \"x\", \"query\": \"x\"}"), 403,
                "only marketing");
    }

    // ---- store manager --------------------------------------------------------------------------------------------

    @Test
    void aStoreManagerSeesTheirStoreOnlyAndAnotherStoreIs403() throws Exception {
        JsonNode results = ok(get("/api/search?q=" + q("aspect:checkout"), LILLE));
        assertThat(ids(results)).containsExactlyInAnyOrder("review:r1", "review:r3");
        assertThat(ok(get("/api/search?store=lille-centre", LILLE)).path("total").asLong()).isEqualTo(3);
        JsonNode facets = ok(get("/api/facets", LILLE));
        assertThat(facets.path("facets").path("store").findValuesAsText("value")).containsExactly("lille-centre");
        JsonNode histogram = ok(get("/api/histogram?interval=1d", LILLE));
        assertThat(histogram.path("buckets").get(0).path("total").asLong()).isEqualTo(3);

        assertError(get("/api/search?store=lyon-01", LILLE), 403, "store 'lyon-01' is not yours");
        assertError(get("/api/facets?store=lille-centre&store=lyon-01", LILLE), 403, "not yours");
        assertError(get("/api/histogram?q=" + q("store:lyon-01"), LILLE), 403, "not yours");
        assertError(get("/api/feedback/review:r4", LILLE), 403, "another store");
        ok(get("/api/feedback/review:r1", LILLE));
        assertError(send("POST", "/api/saved-queries", LILLE, "{\"name\": \"x\", \"query\": \"x\"}"), 403,
                "only marketing");
        assertError(send("DELETE", "/api/saved-queries/x", LILLE, null), 403, "only marketing");
    }

    // ---- bad and expensive requests -------------------------------------------------------------------------------

    @Test
    void malformedRequestsAre400WithAMessage() throws Exception {
        assertError(get("/api/search?q=" + q("queue AND ("), MARKETING), 400, "invalid query: cannot parse");
        assertError(get("/api/search?q=" + q("colour:red"), MARKETING), 400, "unknown field 'colour'");
        assertError(get("/api/facets?q=" + q("*ing"), MARKETING), 400, "invalid query");
        assertError(get("/api/search?q=" + q("rating:five"), MARKETING), 400, "not a number");
        assertError(get("/api/search?colour=red", MARKETING), 400, "unknown parameter 'colour'");
        assertError(get("/api/search?size=0", MARKETING), 400, "size must be between 1 and 100");
        assertError(get("/api/search?from=yesterday", MARKETING), 400, "ISO-8601");
        assertError(get("/api/histogram?interval=7x", MARKETING), 400, "interval must be");
        assertError(get("/api/nothing", MARKETING), 404, "no API resource 'nothing'");
        assertError(send("POST", "/api/search", MARKETING, "{}"), 405, "use GET");
        assertError(get("/api/search/extra", MARKETING), 404, "nothing at");
    }

    @Test
    void expensiveQueriesAreBoundedAndRefusedWith400() throws Exception {
        assertError(get("/api/search?offset=45&size=10", MARKETING), 400, "deeper than 50");
        String manyClauses = String.join(" OR ", java.util.Collections.nCopies(300, "q"));
        assertError(get("/api/search?q=" + q(manyClauses), MARKETING), 400, "at most 256 are accepted");
        assertError(get("/api/search?q=" + q("x".repeat(2_001)), MARKETING), 400, "at most 2000");
        assertError(get("/api/search?q=" + q("/[a-z]+/"), MARKETING), 400, "more than 20 different terms");
        assertError(get("/api/search?q=" + q("/(((a+)+)+)+(b|c|d)*[a-z]{1,100}(x|y){1,100}/"), MARKETING), 400,
                "too complex");
        assertError(get("/api/histogram?interval=1m&from=2000-01-01T00:00:00Z", MARKETING), 400, "buckets");
    }

    @Test
    void feedbackReachingKafkaIsSearchableWithinASecond() throws Exception {
        Feedback fresh = TestFeedback.review("fresh", "lyon-01", "someone", 40, 4, SentimentLabel.POSITIVE, null,
                "A quetzalcoatl appeared in the car park");
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = KafkaTestClients.producer(running.bootstrapServers())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.FEEDBACK.defaultName(),
                    TestFeedback.json(fresh))).get();
        }
        awaitTotal("q=quetzalcoatl", MARKETING, 1);
        // Generous for a shared CI machine; the benchmark measures the real p99.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
}
