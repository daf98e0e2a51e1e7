package io.pullwatch.search;

import io.pullwatch.search.config.SearchConfig;
import io.pullwatch.search.http.HttpApi;
import io.pullwatch.search.index.Erasure;
import io.pullwatch.search.index.FeedbackIndex;
import io.pullwatch.search.index.IndexerService;
import io.pullwatch.search.index.Retention;
import io.pullwatch.search.query.SearchService;
import io.pullwatch.search.saved.SavedQueryCatalog;
import io.pullwatch.search.saved.SavedQueryPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search service, wired from its configuration: the index on disk, the indexer following the feedback topic,
 * retention, the saved-query catalog and publisher, and the HTTP API with its web page. Closing stops the API, then
 * the indexer (committing its position), then the index.
 */
public final class SearchServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private FeedbackIndex index;
    private IndexerService indexer;
    private SearchService search;
    private HttpApi api;

    private SearchServer() {}

    public static SearchServer start(SearchConfig config, Clock clock) throws IOException {
        SearchServer server = new SearchServer();
        try {
            server.startParts(config, clock);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void startParts(SearchConfig config, Clock clock) throws IOException {
        Path dir = Path.of(config.get(SearchConfig.INDEX_DIR));
        Files.createDirectories(dir);
        index = new FeedbackIndex(FSDirectory.open(dir), config.get(SearchConfig.REFRESH_INTERVAL).toMillis());
        parts.push(index);
        Retention retention = new Retention(config.get(SearchConfig.RETENTION), clock);
        String bootstrap = config.get(SearchConfig.BOOTSTRAP_SERVERS);
        indexer = new IndexerService(bootstrap, config.get(SearchConfig.FEEDBACK_TOPIC), index, retention);
        parts.push(indexer);
        indexer.start(config.get(SearchConfig.COMMIT_INTERVAL));
        String savedQueriesTopic = config.get(SearchConfig.SAVED_QUERIES_TOPIC);
        SavedQueryPublisher publisher = new SavedQueryPublisher(bootstrap, savedQueriesTopic);
        parts.push(publisher);
        SavedQueryCatalog catalog = new SavedQueryCatalog(bootstrap, savedQueriesTopic);
        parts.push(catalog);
        catalog.start();
        search = new SearchService(index.searchers(), config.get(SearchConfig.MAX_EXPANSIONS),
                config.get(SearchConfig.QUERY_TIMEOUT));
        if (config.get(SearchConfig.TOKENS).isEmpty()) {
            LOG.warn("no bearer tokens are configured (search.tokens): every /api/ request will get 401");
        }
        HttpApi.Backend backend = new HttpApi.Backend(search, publisher, catalog, new Erasure(index),
                config.get(SearchConfig.TOKENS), config.get(SearchConfig.MAX_WINDOW),
                () -> new HttpApi.ApiHealth(index.documentCount(), indexer.indexed(), indexer.undecodable()));
        api = HttpApi.start(backend, config.get(SearchConfig.HOST), config.get(SearchConfig.PORT),
                config.get(SearchConfig.HTTP_THREADS));
        parts.push(api);
    }

    /** The web page's address, e.g. http://127.0.0.1:8088/. */
    public String address() {
        return api.address();
    }

    public FeedbackIndex index() {
        return index;
    }

    public IndexerService indexer() {
        return indexer;
    }

    public SearchService search() {
        return search;
    }

    @Override
    public void close() {
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", part.getClass().getSimpleName(), e);
            }
        }
    }
}
