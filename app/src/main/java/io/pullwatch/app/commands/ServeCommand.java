package io.pullwatch.app.commands;

import io.pullwatch.search.SearchServer;
import io.pullwatch.search.config.SearchConfig;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The search service on its own, against the Kafka of the configuration, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the feedback search service: index the feedback topic, serve the HTTP JSON API, the web",
                "page and /openapi.yaml. Settings: the search.* keys of the configuration file."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Stops a running {@link #call()} as Ctrl-C would. */
    void stop() {
        stopped.countDown();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SearchConfig config = configOptions.loadSearch();
        try (SearchServer server = SearchServer.start(config, Clock.systemUTC())) {
            Thread onCtrlC = new Thread(() -> {
                server.close();
                stopped.countDown();
            });
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            out.println("Search service " + server.address() + " (web page; API under /api/, described at "
                    + server.address() + "openapi.yaml)");
            out.println("Indexing      " + config.get(SearchConfig.FEEDBACK_TOPIC) + " from "
                    + config.get(SearchConfig.BOOTSTRAP_SERVERS) + " into " + config.get(SearchConfig.INDEX_DIR)
                    + "; Ctrl-C to stop.");
            out.flush();
            stopped.await();
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
        }
        return 0;
    }
}
