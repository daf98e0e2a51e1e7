package io.pullwatch.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.app.PullwatchCli;
import io.pullwatch.app.runtime.EmbeddedRuntime;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.testing.KafkaTestClients;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.jobs.config.PullwatchConfig;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pullwatch replay} of a file in the shared datasets' shape into a running embedded pipeline. */
class ReplayIT {

    private static final List<String> DATASET_LINES = List.of(
            "{\"event_id\": \"sanders:1:apple\", \"kind\": \"mention\", \"source\": \"sanders\", \"lang\": \"en\","
                    + " \"ts\": \"2011-10-15T05:36:56Z\", \"ts_precision\": \"second\", \"entity_id\": \"apple\","
                    + " \"author_id\": null, \"parent_id\": null, \"text\": \"@apple store was packed today #iphone\","
                    + " \"title\": null, \"rating\": null, \"gold\": {\"sentiment\": \"neutral\"}, \"metrics\": {}}",
            "{\"event_id\": \"amazon:2\", \"kind\": \"review\", \"source\": \"amazon2018_fashion5\", \"lang\": \"en\","
                    + " \"ts\": \"2014-03-01T00:00:00Z\", \"ts_precision\": \"day\", \"entity_id\": \"B0017LD0BM\","
                    + " \"author_id\": \"A2VR6\", \"parent_id\": null, \"text\": \"Zipper broke on day two.\","
                    + " \"title\": \"Poor\", \"rating\": 1.0, \"gold\": {}, \"metrics\": {\"helpful_votes\": 0}}",
            "{\"event_id\": \"seismic:9:1\", \"kind\": \"reshare\", \"source\": \"seismic\", \"lang\": \"en\","
                    + " \"ts\": \"2011-10-20T12:40:58Z\", \"ts_precision\": \"second\", \"entity_id\": \"9\","
                    + " \"author_id\": null, \"parent_id\": \"seismic:9:0\", \"text\": null, \"title\": null,"
                    + " \"rating\": null, \"gold\": {}, \"metrics\": {\"followers_count\": 91}}",
            "{\"id\": \"broken\", \"this is\": not json");

    @TempDir
    Path dir;

    @Test
    void aRecordedDatasetFlowsThroughThePipelineAndItsBadLineReachesDeadLetters() throws Exception {
        Path file = dir.resolve("recorded.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(String.join("\n", DATASET_LINES).getBytes(StandardCharsets.UTF_8));
        }
        PullwatchConfig base = PullwatchConfig.load(Path.of("..", "config", "pullwatch.properties"),
                Map.of("kafka.starting-offsets", "EARLIEST", "pipeline.checkpoint-interval", "500 ms"));
        try (EmbeddedRuntime runtime = EmbeddedRuntime.start(0, base)) {
            runtime.startPipeline(false);
            StringWriter err = new StringWriter();
            CommandLine cli = PullwatchCli.commandLine();
            cli.setErr(new PrintWriter(err, true));

            int exit = cli.execute("replay", "--bootstrap-servers", runtime.bootstrapServers(), file.toString());

            assertThat(exit).as(err::toString).isZero();
            var feedback = KafkaTestClients.readUntil(runtime.bootstrapServers(),
                    runtime.config().topicName(Topics.FEEDBACK), Duration.ofSeconds(2), Duration.ofSeconds(60),
                    records -> records.size() >= 3);
            var deadLetters = KafkaTestClients.readUntil(runtime.bootstrapServers(),
                    runtime.config().topicName(Topics.DEAD_LETTERS), Duration.ofSeconds(1), Duration.ofSeconds(30),
                    records -> !records.isEmpty());
            var json = JsonMappers.create();
            List<String> ids = feedback.stream().map(r -> read(json, r.value(), Feedback.class).feedbackId()).toList();
            assertThat(ids).containsExactlyInAnyOrder("mention:sanders:1:apple", "review:amazon:2",
                    "mention:seismic:9:1");
            assertThat(deadLetters).singleElement().satisfies(r -> {
                DeadLetter letter = read(json, r.value(), DeadLetter.class);
                assertThat(letter.reason()).isEqualTo(DeadLetterReason.MALFORMED_JSON);
                assertThat(new String(letter.originalBytes(), StandardCharsets.UTF_8)).isEqualTo(DATASET_LINES.get(3));
            });
        }
    }

    private static <T> T read(com.fasterxml.jackson.databind.ObjectMapper json, byte[] bytes, Class<T> type) {
        try {
            return json.readValue(bytes, type);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
