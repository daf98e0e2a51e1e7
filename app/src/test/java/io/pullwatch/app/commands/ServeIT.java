package io.pullwatch.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.app.PullwatchCli;
import io.pullwatch.connectors.embedded.EmbeddedKafkaBroker;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pullwatch serve --config FILE} as a user runs it, against a broker of its own: feedback becomes searchable. */
class ServeIT {

    private static final String TOKEN = "serve-test-marketing-token";

    @Test
    void servesTheFeedbackOfTheConfiguredKafka(@TempDir Path dir) throws Exception {
        try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(0)) {
            kafka.createTopic(Topics.FEEDBACK.defaultName(), Topics.FEEDBACK.partitions(), false);
            kafka.createTopic(Topics.SAVED_QUERIES.defaultName(), 1, true);
            Path config = dir.resolve("search.properties");
            Files.writeString(config, String.join("\n",
                    "kafka.bootstrap-servers = " + kafka.bootstrapServers(),
                    "search.port = 0",
                    "search.index-dir = " + dir.resolve("index"),
                    "search.retention = 100000 d",
                    "search.tokens = " + TOKEN + "=marketing", ""));
            StringWriter out = new StringWriter();
            CommandLine cli = PullwatchCli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            int[] exit = {-1};
            Thread serving = new Thread(() -> exit[0] = cli.execute("serve", "--config", config.toString()), "serve");
            serving.start();

            Matcher address = Pattern.compile("Search service (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!address.reset(out.toString()).find() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(address.reset(out.toString()).find()).as(out.toString()).isTrue();
            String base = address.group(1);

            try (var producer = KafkaTestClients.producer(kafka.bootstrapServers())) {
                KafkaTestClients.send(producer, Topics.FEEDBACK.defaultName(), "review:s1",
                        Files.readAllBytes(Path.of(System.getProperty("pullwatch.home"), "config", "examples",
                                "feedback.json")));
            }
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest search = HttpRequest.newBuilder(URI.create(base + "api/search?q=caisse"))
                    .header("Authorization", "Bearer " + TOKEN).build();
            String body = "";
            while (!body.contains("\"total\":1") && System.nanoTime() < deadline) {
                body = http.send(search, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                Thread.sleep(50);
            }
            assertThat(body).contains("\"total\":1", "<mark>caisse</mark>", "lyon-01");
            assertThat(out.toString()).contains("Indexing      pullwatch.feedback from " + kafka.bootstrapServers());

            ((ServeCommand) cli.getSubcommands().get("serve").getCommand()).stop();
            serving.join(30_000);
            assertThat(exit[0]).isZero();
        }
    }
}
