package io.pullwatch.app.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.DemoScenario;
import io.pullwatch.core.validation.ContractDecoder;
import io.pullwatch.core.validation.Decoded;
import io.pullwatch.core.validation.ValidationLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo loads config/sample-initiatives.jsonl; its scenario talks about the same initiatives. They must agree. */
class SampleInitiativesTest {

    private static final Path SAMPLE = Path.of("..", "config", "sample-initiatives.jsonl");

    @Test
    void everySampleInitiativeIsValidAndMatchesTheOneTheScenarioTalksAbout() throws Exception {
        ContractDecoder decoder = new ContractDecoder(JsonMappers.create(), ValidationLimits.DEFAULTS, Clock.systemUTC());
        List<Initiative> sample = Files.readAllLines(SAMPLE).stream()
                .map(line -> decoder.decode(line.getBytes(StandardCharsets.UTF_8), ContractDecoder.INITIATIVE))
                .peek(decoded -> assertThat(decoded.rejection()).isNull())
                .map(Decoded::value)
                .toList();
        Map<String, Initiative> scenario = DemoScenario.generate(1, Instant.now()).initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));

        assertThat(sample).extracting(Initiative::id).containsExactlyInAnyOrderElementsOf(scenario.keySet());
        for (Initiative fromFile : sample) {
            Initiative expected = scenario.get(fromFile.id());
            assertThat(fromFile).usingRecursiveComparison()
                    .ignoringFields("startsAt", "endsAt").isEqualTo(expected);
            assertThat(fromFile.runsAt(Instant.now(), java.time.Duration.ZERO))
                    .as("%s must cover today, or the demo attributes nothing", fromFile.id()).isTrue();
        }
    }
}
