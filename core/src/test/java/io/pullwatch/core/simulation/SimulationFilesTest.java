package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationFilesTest {

    private static final ObjectMapper JSON = JsonMappers.create();

    @Test
    void writesOneScenarioShapedLinePerEventWithTheContractAndWhatItBelongsTo() throws Exception {
        SimulatedStream stream = FeedbackSimulator.generate(SimulationSettings.defaults(3, 2));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SimulationFiles.writeStream(stream, bytes);

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSameSizeAs(stream.events());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            SimulatedEvent event = stream.events().get(i);
            assertThat(line.get("topic").asText()).isEqualTo(event.topic());
            assertThat(line.get("at").asText()).isEqualTo(event.at().toString());
            Class<?> type = event.review() != null ? Review.class : Mention.class;
            Object contract = JSON.treeToValue(line.get("event"), type);
            assertThat(contract).isEqualTo(event.payload());
            assertThat(line.path("truth").path("wave").asText(null)).isEqualTo(event.waveId());
            assertThat(line.path("truth").path("cascade").asText(null)).isEqualTo(event.cascadeRootId());
        }
    }

    @Test
    void theAnswerKeyReadsBackAsWritten() throws Exception {
        SimulationTruth truth = FeedbackSimulator.generate(SimulationSettings.defaults(4, 2)).truth();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SimulationFiles.writeTruth(truth, bytes);

        assertThat(SimulationFiles.readTruth(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(truth);
        assertThat(SimulationFiles.truthPathOf(Path.of("/data/sim.jsonl.gz")))
                .isEqualTo(Path.of("/data/sim.jsonl.gz.truth.json"));
    }
}
