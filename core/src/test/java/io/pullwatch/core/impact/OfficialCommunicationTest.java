package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialCommunicationTest {

    private static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-04-01T00:00:00Z");

    @Test
    void offersApplyInTheirPeriodAndStores() {
        OfficialCommunication official = new OfficialCommunication(List.of(
                new OfficialOffer("spring", FROM, UNTIL, List.of(), "Spring sale -20%", List.of(20), List.of("SPRING20")),
                new OfficialOffer("lille", FROM, UNTIL, List.of("lille"), "Coats -30%", List.of(30), List.of("flash30"))));

        OfferSet lille = official.at("lille", Instant.parse("2025-03-15T10:00:00Z"));
        OfferSet paris = official.at("paris", Instant.parse("2025-03-15T10:00:00Z"));
        OfferSet after = official.at("lille", UNTIL);

        assertThat(lille.discounts()).containsExactly(20, 30);
        assertThat(lille.codes()).containsExactly("FLASH30", "SPRING20");
        assertThat(paris.discounts()).containsExactly(20);
        assertThat(after).isEqualTo(OfferSet.EMPTY);
    }

    @Test
    void theConfigCopyIsTheShippedListAndReadsWithoutError() throws IOException {
        OfficialCommunication file = OfficialCommunication.fromFile(Path.of("..", "config", "official-communication.json"));

        assertThat(file).isEqualTo(OfficialCommunication.fromClasspath());
        assertThat(file.offers()).extracting(OfficialOffer::id).contains("lille-winter-coats-30");
    }

    @Test
    void badEntriesAreRefusedWithTheirId(@TempDir Path dir) throws IOException {
        Path backwards = dir.resolve("backwards.json");
        Files.writeString(backwards, "{\"offers\": [{\"id\": \"x\", \"from\": \"2025-04-01T00:00:00Z\","
                + " \"until\": \"2025-03-01T00:00:00Z\"}]}");
        Path percent = dir.resolve("percent.json");
        Files.writeString(percent, "{\"offers\": [{\"id\": \"y\", \"from\": \"2025-03-01T00:00:00Z\","
                + " \"until\": \"2025-04-01T00:00:00Z\", \"discounts\": [150]}]}");
        Path twice = dir.resolve("twice.json");
        String offer = "{\"id\": \"z\", \"from\": \"2025-03-01T00:00:00Z\", \"until\": \"2025-04-01T00:00:00Z\"}";
        Files.writeString(twice, "{\"offers\": [" + offer + ", " + offer + "]}");
        Path noOffers = dir.resolve("none.json");
        Files.writeString(noOffers, "{}");

        assertThatThrownBy(() -> OfficialCommunication.fromFile(backwards)).hasMessageContaining("'x'");
        assertThatThrownBy(() -> OfficialCommunication.fromFile(percent)).hasMessageContaining("150");
        assertThatThrownBy(() -> OfficialCommunication.fromFile(twice)).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> OfficialCommunication.fromFile(noOffers)).hasMessageContaining("offers");
    }
}
