package io.pullwatch.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.app.PullwatchCli;
import io.pullwatch.core.json.JsonMappers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = JsonMappers.create();

    @TempDir
    Path dir;

    @Test
    void oneResultLinePerInputLineInOrderWithErrorsNamingTheLine() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.write(input, List.of(
                "{\"id\": \"a\", \"text\": \"The staff were lovely but the queue was endless.\", \"rating\": 4}",
                "{\"id\": \"b\", \"text\": \"C'est nul, la livraison n'est jamais arrivée.\"}",
                "{not json",
                "",
                "{\"id\": \"d\", \"rating\": 5}",
                "{\"event_id\": \"sanders:1\", \"kind\": \"mention\", \"lang\": \"en\", \"text\": \"I love my new phone!\"}"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PullwatchCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("analyze", input.toString())).isZero();

        List<JsonNode> results = out.toString().lines().map(AnalyzeCommandTest::read).toList();
        assertThat(results).hasSize(5);
        JsonNode english = results.get(0);
        assertThat(english.get("id").asText()).isEqualTo("a");
        assertThat(english.get("language").asText()).isEqualTo("en");
        assertThat(english.at("/sentiment/label").asText()).isIn("positive", "neutral", "negative");
        assertThat(english.get("aspects").findValuesAsText("aspect")).contains("staff-and-service", "waiting-and-queues");
        JsonNode french = results.get(1);
        assertThat(french.get("language").asText()).isEqualTo("fr");
        assertThat(french.at("/sentiment/label").asText()).isEqualTo("negative");
        assertThat(french.get("aspects").findValuesAsText("aspect")).contains("delivery-and-online");
        assertThat(results.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(results.get(2).get("error").asText()).startsWith("not valid JSON");
        assertThat(results.get(3).get("line").asInt()).isEqualTo(5);
        assertThat(results.get(3).get("error").asText()).contains("'text'");
        assertThat(results.get(4).get("id").asText()).isEqualTo("sanders:1");
        assertThat(results.get(4).at("/sentiment/label").asText()).isEqualTo("positive");
        assertThat(err.toString()).contains("2 line(s) could not be analysed");
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
