package io.pullwatch.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.json.JsonMappers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

    private static final Instant START = Instant.parse("2025-03-01T14:00:00Z");

    @Test
    void roundTripPreservesEveryEvent() throws IOException {
        Scenario scenario = DemoScenario.generate(7, START);

        List<ScenarioEvent> read = ScenarioFiles.readJsonl(new ByteArrayInputStream(write(scenario)));

        assertThat(read).isEqualTo(scenario.events());
    }

    @Test
    void eachLineIsOneEventWithTopicContractAndTruth() throws IOException {
        Scenario scenario = DemoScenario.generate(7, START);
        ObjectMapper mapper = JsonMappers.create();

        List<String> lines = new String(write(scenario), StandardCharsets.UTF_8).lines().toList();
        List<JsonNode> nodes = lines.stream().map(line -> readTree(mapper, line)).toList();

        assertThat(nodes).hasSize(scenario.events().size());
        JsonNode first = nodes.get(0);
        assertThat(first.get("at").asText()).isEqualTo("2025-03-01T14:00:00Z");
        assertThat(first.get("topic").asText()).isEqualTo("initiatives");
        assertThat(first.get("event").get("id").asText()).isEqualTo("init-flash30");
        assertThat(first.get("truth").get("initiativeId").asText()).isEqualTo("init-flash30");
        assertThat(nodes).extracting(node -> node.get("topic").asText())
                .containsOnly("reviews", "mentions", "initiatives");
        JsonNode review = nodes.stream().filter(node -> node.get("topic").asText().equals("reviews"))
                .findFirst().orElseThrow();
        assertThat(review.get("event").get("id").asText()).startsWith("scn-r-");
        assertThat(review.get("event").get("createdAt").asText()).isEqualTo(review.get("at").asText());
    }

    @Test
    void blankLinesAreSkippedAndALineWithoutTruthIsRefused() throws IOException {
        String initiative = "{\"schemaVersion\":1,\"id\":\"i\",\"storeId\":\"s\",\"ownerStaffId\":\"o\","
                + "\"ownerDisplayName\":\"O\",\"kind\":\"event\",\"title\":\"t\",\"startsAt\":\"2025-03-01T00:00:00Z\","
                + "\"status\":\"active\"}";
        String good = "{\"at\":\"2025-03-01T14:00:00Z\",\"topic\":\"initiatives\",\"event\":" + initiative
                + ",\"truth\":{\"waveId\":null,\"polarity\":null,\"initiativeId\":\"i\"}}";
        String noTruth = "{\"at\":\"2025-03-01T14:00:00Z\",\"topic\":\"initiatives\",\"event\":" + initiative + "}";

        assertThat(read("\n" + good + "\n\n")).singleElement()
                .satisfies(e -> assertThat(e.initiative().id()).isEqualTo("i"));
        assertThatThrownBy(() -> read(noTruth)).isInstanceOf(IOException.class).hasMessageContaining("truth");
    }

    private static byte[] write(Scenario scenario) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScenarioFiles.writeJsonl(scenario, out);
        return out.toByteArray();
    }

    private static List<ScenarioEvent> read(String text) throws IOException {
        return ScenarioFiles.readJsonl(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode readTree(ObjectMapper mapper, String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
