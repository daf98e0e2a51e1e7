package io.pullwatch.core.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pullwatch.core.json.JsonMappers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Simulated streams on disk. The stream is JSON lines in the shape of scenario files — {@code {"at", "topic",
 * "event", "truth"}} — so that {@code replay} and {@code backtest} read it as they read a scenario: the event is the
 * contract as producers publish it, and {@code truth} names the wave or cascade the event belongs to (empty for
 * background). The answer key goes beside it in one JSON document, {@code FILE.truth.json}. Streams are the
 * caller's to close.
 */
public final class SimulationFiles {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record LineTruth(@JsonProperty("wave") String wave, @JsonProperty("cascade") String cascade) {}

    private record Line(
            @JsonProperty("at") Instant at,
            @JsonProperty("topic") String topic,
            @JsonProperty("event") Object event,
            @JsonProperty("truth") LineTruth truth) {}

    private SimulationFiles() {}

    /** Where the answer key of a stream file goes: beside it, {@code .truth.json} appended to its name. */
    public static Path truthPathOf(Path streamFile) {
        return streamFile.resolveSibling(streamFile.getFileName() + ".truth.json");
    }

    public static void writeStream(SimulatedStream stream, OutputStream out) throws IOException {
        ObjectMapper mapper = JsonMappers.create();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        for (SimulatedEvent event : stream.events()) {
            Line line = new Line(event.at(), event.topic(), event.payload(),
                    new LineTruth(event.waveId(), event.cascadeRootId()));
            writer.write(mapper.writeValueAsString(line));
            writer.write('\n');
        }
        writer.flush();
    }

    public static void writeTruth(SimulationTruth truth, OutputStream out) throws IOException {
        out.write(JsonMappers.create().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(truth));
        out.flush();
    }

    public static SimulationTruth readTruth(InputStream in) throws IOException {
        return JsonMappers.create().readValue(in.readAllBytes(), SimulationTruth.class);
    }
}
