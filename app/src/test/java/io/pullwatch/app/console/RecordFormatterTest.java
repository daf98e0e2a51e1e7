package io.pullwatch.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFormatterTest {

    private final RecordFormatter formatter = new RecordFormatter(JsonMappers.create());
    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void anAlertReadsAsStatusPolarityScopeSummaryAndInitiatives() throws Exception {
        Alert alert = new Alert(SchemaVersion.CURRENT, "0f3c9a1e-aaaa-bbbb-cccc-000000000000", 1, AlertStatus.OPENED,
                "store:lille", Polarity.NEGATIVE, 7, T, T.plusSeconds(60), "volume-threshold", "Burst of negative feedback",
                new AlertEvidence(9, 6, 0, 9, 0, "review:r1", List.of("review:r1"), List.of("lille"), List.of("flash")));

        String line = formatter.format(Topics.ALERTS, JsonMappers.create().writeValueAsBytes(alert));

        assertThat(line).startsWith("▲ 2025-03-01 10:00:00 OPENED   NEGATIVE sev  7  store:lille")
                .contains("Burst of negative feedback", "initiatives=flash", "first=review:r1", "id=0f3c9a1e", "r1");
    }

    @Test
    void aDeadLetterShowsReasonWhereAndTheOriginal() throws Exception {
        DeadLetter letter = new DeadLetter(SchemaVersion.CURRENT, DeadLetterReason.MALFORMED_JSON, "not valid JSON",
                "pullwatch.reviews", 1, 42, "{oops".getBytes(StandardCharsets.UTF_8), T);

        String line = formatter.format(Topics.DEAD_LETTERS, JsonMappers.create().writeValueAsBytes(letter));

        assertThat(line).contains("MALFORMED_JSON", "pullwatch.reviews[1]@42", "not valid JSON", "{oops");
    }

    @Test
    void anImpactNotificationReadsAsWhatChangedHowSureAndWhatToLookAt() throws Exception {
        ImpactNotification risk = new ImpactNotification(SchemaVersion.CURRENT, "7beeb5f4-b3bb-3fe0-99b9-ee65a073c14b",
                "lille", "flash", ImpactType.RISK, "Stock complaints are rising around \"Flash sale\"",
                "6 of 8 pieces of feedback in 30 min (sold out)", 0.9999, T, ImpactRisk.STOCK_AND_AVAILABILITY,
                "Check stock and restocking.", T.minusSeconds(1800), T, List.of(), null);

        String line = formatter.format(Topics.IMPACT, JsonMappers.create().writeValueAsBytes(risk));

        assertThat(line).startsWith("◆ 2025-03-01 10:00:00 risk/stock-and-availability")
                .contains("store=lille", "initiative=flash", "Stock complaints are rising", "(confidence 1.00)",
                        "6 of 8 pieces", "Check stock", "id=7beeb5f4");
    }

    @Test
    void anUnreadableRecordIsShownNotThrown() {
        String line = formatter.format(Topics.ALERTS, "{\"alertId\": 5".getBytes(StandardCharsets.UTF_8));

        assertThat(line).startsWith("(unreadable: ").contains("{\"alertId\": 5");
    }

    @Test
    void otherTopicsAreShownAsTheirJson() {
        assertThat(formatter.format(Topics.REVIEWS, "{\"id\":\"r\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"id\":\"r\"}");
        assertThat(formatter.format(Topics.INITIATIVES, null)).isEqualTo("(tombstone)");
    }
}
