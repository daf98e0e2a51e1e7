package io.pullwatch.app.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pullwatch.connectors.replay.JsonLines;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.understanding.TextUnderstanding;
import io.pullwatch.core.understanding.Understanding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Batch text analysis for analysts and evaluations: one JSON line in, one JSON line out, in order. A line that cannot
 * be analysed gets an error line naming its number, and the rest go on.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse JSON lines (id, text, optional lang and rating; the shared datasets' format too)",
                "from FILE (.gz allowed) or standard input: language, sentiment and aspects, one JSON line each."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Input file; standard input when absent.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = JsonMappers.create();
        TextUnderstanding understanding = TextUnderstanding.standard();
        PrintWriter out = spec.commandLine().getOut();
        int errors = 0;
        try (BufferedReader lines = file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : JsonLines.open(file)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = analyze(json, understanding, line, number);
                errors += result.has("error") ? 1 : 0;
                out.println(json.writeValueAsString(result));
            }
        }
        out.flush();
        if (errors > 0) {
            spec.commandLine().getErr().println("analyze: " + errors + " line(s) could not be analysed");
        }
        return 0;
    }

    static ObjectNode analyze(ObjectMapper json, TextUnderstanding understanding, String line, long number) {
        ObjectNode result = json.createObjectNode();
        JsonNode input;
        try {
            input = json.readTree(line);
        } catch (JsonProcessingException e) {
            return error(result, number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (!(input instanceof ObjectNode)) {
            return error(result, number, "expected a JSON object");
        }
        JsonNode id = input.has("id") ? input.get("id") : input.get("event_id");
        JsonNode text = input.get("text");
        if (text == null || !text.isTextual()) {
            return error(result.set("id", id), number, "field 'text' is missing or not a string");
        }
        JsonNode language = input.has("lang") ? input.get("lang") : input.get("language");
        JsonNode rating = input.get("rating");
        if (rating != null && !rating.isNull() && !rating.isNumber()) {
            return error(result.set("id", id), number, "field 'rating' must be a number");
        }
        Understanding understood = understanding.understand(text.asText(),
                language == null || language.isNull() ? null : language.asText(),
                rating == null || rating.isNull() ? null : rating.asDouble());
        result.set("id", id);
        result.setAll((ObjectNode) json.valueToTree(understood));
        return result;
    }

    private static ObjectNode error(ObjectNode result, long number, String message) {
        return result.put("line", number).put("error", message);
    }
}
