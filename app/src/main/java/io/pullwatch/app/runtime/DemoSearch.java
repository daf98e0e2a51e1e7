package io.pullwatch.app.runtime;

import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.search.SearchServer;
import io.pullwatch.search.access.Principal;
import io.pullwatch.search.access.Role;
import io.pullwatch.search.access.Tokens;
import io.pullwatch.search.config.SearchConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search service of the demo: on the embedded broker, an index in a fresh temp directory (deleted on close), and
 * a random token per role, printed with the address so that the page can be opened at once.
 */
public final class DemoSearch implements AutoCloseable {

    /** The store the demo's store manager runs: one of the demo scenario's stores. */
    public static final String DEMO_STORE = "lille-centre";

    private final SearchServer server;
    private final Path indexDir;
    private final Map<String, String> tokensByRole;

    private DemoSearch(SearchServer server, Path indexDir, Map<String, String> tokensByRole) {
        this.server = server;
        this.indexDir = indexDir;
        this.tokensByRole = tokensByRole;
    }

    public static DemoSearch start(EmbeddedRuntime runtime, int port) throws IOException {
        Map<String, Principal> principals = new LinkedHashMap<>();
        principals.put(Tokens.random(), new Principal(Role.MARKETING, null));
        principals.put(Tokens.random(), new Principal(Role.OPERATIONS, null));
        principals.put(Tokens.random(), new Principal(Role.STORE_MANAGER, DEMO_STORE));
        Map<String, String> tokensByRole = new LinkedHashMap<>();
        principals.forEach((token, principal) -> tokensByRole.put(principal.name(), token));
        Path indexDir = Files.createTempDirectory("pullwatch-demo-search");
        SearchConfig config = SearchConfig.of(Map.of(
                "kafka.bootstrap-servers", runtime.bootstrapServers(),
                "topic.feedback", runtime.config().topicName(Topics.FEEDBACK),
                "topic.saved-queries", runtime.config().topicName(Topics.SAVED_QUERIES),
                "search.port", String.valueOf(port),
                "search.index-dir", indexDir.toString(),
                "search.tokens", new Tokens(principals).toConfigText()));
        return new DemoSearch(SearchServer.start(config, Clock.systemUTC()), indexDir, tokensByRole);
    }

    public String address() {
        return server.address();
    }

    /** The address and, per role, its token and a link that opens the page signed in. */
    public void print(PrintWriter out) {
        out.println("Search         " + server.address() + " (web page; JSON API under /api/, described at "
                + server.address() + "openapi.yaml)");
        tokensByRole.forEach((role, token) -> out.printf("  %-27s token %s   %s#token=%s%n", role, token,
                server.address(), token));
    }

    @Override
    public void close() {
        server.close();
        try (var files = Files.walk(indexDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
