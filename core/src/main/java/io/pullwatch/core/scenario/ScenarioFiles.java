package io.pullwatch.core.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario files: JSON lines of {@code {"at", "topic", "event", "truth"}}, one per event, in scenario order. The
 * event is the contract exactly as producers publish it, so a replayer can send it as is; the truth rides alongside
 * for scoring. The streams are the caller's to close.
 */
public final class ScenarioFiles {

    private record Line(
            @JsonProperty(value = "at", required = true) Instant at,
            @JsonProperty(value = "topic", required = true) ScenarioTopic topic,
            @JsonProperty(value = "event", required = true) JsonNode event,
            @JsonProperty(value = "truth", required = true) GroundTruth truth) {}

    private ScenarioFiles() {}

    public static void writeJsonl(Scenario scenario, OutputStream out) throws IOException {
        ObjectMapper mapper = JsonMappers.create();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ScenarioEvent e : scenario.events()) {
            Line line = new Line(e.at(), e.topic(), mapper.valueToTree(e.payload()), e.truth());
            writer.write(mapper.writeValueAsString(line));
            writer.write('\n');
        }
        writer.flush();
    }

    /** Reads every non-blank line; a line that is not a valid scenario event fails the whole read. */
    public static List<ScenarioEvent> readJsonl(InputStream in) throws IOException {
        ObjectMapper mapper = JsonMappers.create();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<ScenarioEvent> events = new ArrayList<>();
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            if (text.isBlank()) {
                continue;
            }
            Line line = mapper.readValue(text, Line.class);
            events.add(switch (line.topic()) {
                case REVIEWS -> new ScenarioEvent(line.at(), line.topic(),
                        mapper.treeToValue(line.event(), Review.class), null, null, line.truth());
                case MENTIONS -> new ScenarioEvent(line.at(), line.topic(), null,
                        mapper.treeToValue(line.event(), Mention.class), null, line.truth());
                case INITIATIVES -> new ScenarioEvent(line.at(), line.topic(), null, null,
                        mapper.treeToValue(line.event(), Initiative.class), line.truth());
            });
        }
        return events;
    }
}
