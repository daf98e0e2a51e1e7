package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertEvidence.PostEvidence;
import io.pullwatch.core.event.AlertEvidence.TermEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.json.JsonMappers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Slack JSON as it is posted: serialized with the project's mapper and read back as a tree. */
class AlertWebhookMessageTest {

    private static final ObjectMapper JSON = JsonMappers.create();
    private final AlertWebhookMessage formatter = new AlertWebhookMessage();

    private JsonNode posted(Alert alert) throws Exception {
        return JSON.readTree(JSON.writeValueAsBytes(formatter.format(alert)));
    }

    @Test
    void anAlertWithFullEvidenceReadsAsExpected() throws Exception {
        JsonNode message = posted(SampleAlerts.withFullEvidence());

        assertThat(message.get("text").asText()).isEqualTo(":rotating_light: Alert opened: negative, severity 8,"
                + " store:lille-centre — Burst of negative feedback in store:lille-centre: 42 in 60 min");
        JsonNode blocks = message.get("blocks");
        assertThat(blocks).extracting(b -> b.get("type").asText())
                .containsExactly("section", "section", "section", "section", "section", "section", "context");

        JsonNode headline = blocks.get(0).get("text");
        assertThat(headline.get("type").asText()).isEqualTo("mrkdwn");
        assertThat(headline.get("text").asText()).isEqualTo(":rotating_light: *Alert opened* · :red_circle: negative"
                + " · severity *8* · `store:lille-centre`\nBurst of negative feedback in store:lille-centre: 42 in 60 min");

        assertThat(blocks.get(1).has("text")).as("a fields section has no text").isFalse();
        assertThat(texts(blocks.get(1).get("fields"))).containsExactly(
                "*Severity*\n8",
                "*Observed*\n42 (expected 3.5)",
                "*Surprise*\n18.40",
                "*Reach*\n52,310 people",
                "*Sentiment*\n38 negative · 2 positive · 2 neutral",
                "*Window (UTC)*\n2025-03-01 10:00 → 2025-03-01 11:00",
                "*Stores*\n`lille-centre`",
                "*Initiatives*\n`init-flash30`",
                "*First post*\n`mention:100`");
        assertThat(blocks.get(1).get("fields")).allSatisfy(f -> assertThat(f.get("type").asText()).isEqualTo("mrkdwn"));

        assertThat(text(blocks.get(2))).isEqualTo("*Top terms* `sold out` ×31 · `flash30` ×27");
        assertThat(text(blocks.get(3))).isEqualTo("*Top posts*\n"
                + "• `mention:100` by `x:4821` · reach 48,213 · sentiment -0.82 · 2025-03-01 10:05 UTC\n"
                + ">FLASH30 sold out in 3 minutes &lt;!channel&gt; what a joke &amp; a scam\n"
                + "• `mention:101` by `x:77` · reach 1,200 · sentiment -0.40");
        assertThat(text(blocks.get(4))).isEqualTo("*Top authors*\n"
                + "• `x:4821` · 48,213 followers · 3 posts\n"
                + "• `x:77` · 1,200 followers · 1 post");
        assertThat(text(blocks.get(5))).isEqualTo("*Cascade forecast* for `mention:100`: 57 reshares so far, about"
                + " 310 in the end (95% interval 190–unbounded), infectiousness 0.93");
        assertThat(texts(blocks.get(6).get("elements"))).containsExactly("Pullwatch · alert"
                + " `cf6be06e-8c71-3d86-8ef5-a31b23c06f73` · revision 2 · detector `volume-threshold`");
    }

    @Test
    void theFixedThresholdDetectorsCountsOnlyEvidenceLeavesOutWhatItDoesNotHave() throws Exception {
        JsonNode message = posted(SampleAlerts.countsOnly("a-1", "store:lyon"));

        JsonNode blocks = message.get("blocks");
        assertThat(blocks).extracting(b -> b.get("type").asText()).containsExactly("section", "section", "context");
        assertThat(texts(blocks.get(1).get("fields"))).containsExactly("*Severity*\n5", "*Observed*\n6 (expected 6.0)",
                "*Sentiment*\n6 negative · 0 positive · 0 neutral", "*Window (UTC)*\n2025-03-01 10:00 → 2025-03-01 10:01",
                "*First post*\n`review:a`");
    }

    @Test
    void anAlertWithNothingButAnIdStillMakesAValidMessage() throws Exception {
        Alert bare = new Alert(1, "bare", 0, null, null, null, 0, null, null, null, null, null);

        JsonNode message = posted(bare);

        assertThat(message.get("text").asText()).isEqualTo(":grey_question: Alert: unknown polarity, severity 0,"
                + " unknown scope");
        JsonNode blocks = message.get("blocks");
        assertThat(blocks).extracting(b -> b.get("type").asText()).containsExactly("section", "section", "context");
        assertThat(texts(blocks.get(1).get("fields"))).containsExactly("*Severity*\n0");
        assertThat(texts(blocks.get(2).get("elements"))).containsExactly("Pullwatch · alert `bare` · revision 0 ·"
                + " detector -");
    }

    @Test
    void nullEntriesInTheEvidenceListsAreSkipped() throws Exception {
        AlertEvidence evidence = new AlertEvidence(3, 1.0, 0, 3, 0, null, null, Arrays.asList("lille", null),
                Arrays.asList((String) null), 2.0, 0, Arrays.asList(null, new TermEvidence(null, 2, 1.0),
                        new TermEvidence("queue", 2, 1.0)), Arrays.asList((PostEvidence) null), new ArrayList<>(), null);
        Alert alert = new Alert(1, "nulls", 1, AlertStatus.UPDATED, "store:lille", Polarity.MIXED, 3, null, null, "x",
                "summary", evidence);

        JsonNode blocks = posted(alert).get("blocks");

        assertThat(blocks).extracting(b -> b.get("type").asText()).containsExactly("section", "section", "section",
                "context");
        assertThat(texts(blocks.get(1).get("fields"))).contains("*Stores*\n`lille`")
                .noneMatch(f -> f.startsWith("*Initiatives*"));
        assertThat(text(blocks.get(2))).isEqualTo("*Top terms* `queue` ×2");
    }

    @ParameterizedTest
    @CsvSource({
        "OPENED, NEGATIVE, ':rotating_light: Alert opened: negative', ':red_circle:'",
        "UPDATED, POSITIVE, ':arrows_counterclockwise: Alert updated: positive', ':large_green_circle:'",
        "RESOLVED, MIXED, ':white_check_mark: Alert resolved: mixed', ':large_orange_circle:'"})
    void eachStatusAndPolarityHasItsWordsAndEmoji(AlertStatus status, Polarity polarity, String textStart,
            String polarityEmoji) throws Exception {
        Alert alert = new Alert(1, "id", 3, status, "brand", polarity, 4, null, null, "d", "s", null);

        JsonNode message = posted(alert);

        assertThat(message.get("text").asText()).startsWith(textStart);
        assertThat(text(message.get("blocks").get(0))).contains(polarityEmoji + " " + polarity.name().toLowerCase());
    }

    @Test
    void customerTextCannotMentionAChannelOrForgeALink() throws Exception {
        Alert alert = new Alert(1, "id", 1, AlertStatus.OPENED, "store:<!here>", Polarity.NEGATIVE, 1, null, null,
                "d", "<https://evil.example|your bank> & <@U123>", null);

        String json = JSON.writeValueAsString(formatter.format(alert));

        assertThat(json).doesNotContain("<!here>").doesNotContain("<https://").doesNotContain("<@U123>")
                .contains("&lt;https://evil.example|your bank&gt; &amp; &lt;@U123&gt;");
    }

    @Test
    void logsNameTheAlertByIdAndRevision() {
        assertThat(formatter.describe(SampleAlerts.withFullEvidence()))
                .isEqualTo("alert cf6be06e-8c71-3d86-8ef5-a31b23c06f73 revision 2");
    }

    private static String text(JsonNode section) {
        return section.get("text").get("text").asText();
    }

    private static List<String> texts(JsonNode textObjects) {
        List<String> texts = new ArrayList<>();
        textObjects.forEach(t -> texts.add(t.get("text").asText()));
        return texts;
    }
}
