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

        assertThat(line).startsWith("▲ 2025-03-01 10:01:00 OPENED   NEGATIVE sev  7  store:lille")
                .contains("Burst of negative feedback", "initiatives=flash", "first=review:r1", "id=0f3c9a1e", "r1")
                .contains("counts   9 posts vs 6.0 expected", "stores   lille");
    }

    @Test
    void anOpeningShowsItsEvidenceBelowTheHeaderAndAnUpdateOnlyItsHeader() throws Exception {
        AlertEvidence evidence = new AlertEvidence(16, 2.1, 1, 13, 2, "review:r1", List.of("mention:m1"),
                List.of("lille"), List.of("flash"), 11.4, 48_210,
                List.of(new AlertEvidence.TermEvidence("rupture", 11, 61.2)),
                List.of(new AlertEvidence.PostEvidence("mention:m1", "insider", 41_200, -0.7, T, "Sold out in ten minutes")),
                List.of(new AlertEvidence.AuthorEvidence("insider", 41_200, 1)), null);
        Alert opened = new Alert(SchemaVersion.CURRENT, "0f3c9a1e-aaaa-bbbb-cccc-000000000000", 1, AlertStatus.OPENED,
                "store:lille", Polarity.NEGATIVE, 6, T, T.plusSeconds(161), "seasonal-surprise", "Negative wave", evidence);
        Alert updated = new Alert(SchemaVersion.CURRENT, opened.alertId(), 2, AlertStatus.UPDATED, "store:lille",
                Polarity.NEGATIVE, 8, T, T.plusSeconds(400), "seasonal-surprise", "Negative wave", evidence);

        String openedText = RecordFormatter.alert(opened);

        assertThat(openedText.lines()).hasSize(6);
        assertThat(openedText).contains("16 posts vs 2.1 expected · surprise 1e-11", "rupture (11)",
                "mention:m1 @insider (41,200): Sold out in ten minutes", "insider (41,200, 1 posts)");
        assertThat(RecordFormatter.alert(updated).lines()).hasSize(1);
    }

    @Test
    void aCascadeShowsItsForecastAndAnUnboundedEndAsInfinity() {
        AlertEvidence evidence = new AlertEvidence(412, 5300, 0, 0, 0, "mention:p1", List.of(), List.of(), List.of(), 0,
                200_000, null, null, null, new AlertEvidence.CascadeEvidence("mention:p1", 412, 5300.0, 3100.0, null, 0.0042));
        Alert alert = new Alert(SchemaVersion.CURRENT, "0f3c9a1e-aaaa-bbbb-cccc-000000000001", 1, AlertStatus.OPENED,
                "cascade:p1", Polarity.MIXED, 7, T, T.plusSeconds(3600), "cascade-forecast", "Viral cascade", evidence);

        assertThat(RecordFormatter.alert(alert)).contains("cascade  412 reshares, predicted final 5,300 (95% 3,100–∞)");
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
