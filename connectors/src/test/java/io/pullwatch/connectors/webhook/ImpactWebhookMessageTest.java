package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.json.JsonMappers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactWebhookMessageTest {

    private static final ObjectMapper JSON = JsonMappers.create();
    private final ImpactWebhookMessage formatter = new ImpactWebhookMessage();

    @Test
    void aNotificationReadsAsHeadlineDetailsAndFacts() throws Exception {
        ImpactNotification notification = new ImpactNotification(1, "impact:init-lyon-01-dupont:2025-03-01", "lyon-01",
                "init-lyon-01-dupont", ImpactType.SIGNIFICANT_EFFECT,
                "Le croissant offert avec la Boulangerie Dupont fait parler du magasin",
                "32 avis positifs citent l'opération depuis lundi, contre 9 la semaine précédente.", 0.82,
                Instant.parse("2025-03-01T18:00:00Z"));

        JsonNode message = JSON.readTree(JSON.writeValueAsBytes(formatter.format(notification)));

        assertThat(message.get("text").asText()).isEqualTo(":chart_with_upwards_trend: lyon-01: Le croissant offert"
                + " avec la Boulangerie Dupont fait parler du magasin");
        JsonNode blocks = message.get("blocks");
        assertThat(blocks).extracting(b -> b.get("type").asText()).containsExactly("section", "section", "context");
        assertThat(blocks.get(0).get("text").get("text").asText()).isEqualTo(":chart_with_upwards_trend: *Le croissant"
                + " offert avec la Boulangerie Dupont fait parler du magasin*\n32 avis positifs citent l'opération"
                + " depuis lundi, contre 9 la semaine précédente.");
        assertThat(texts(blocks.get(1).get("fields"))).containsExactly("*Store*\n`lyon-01`",
                "*Initiative*\n`init-lyon-01-dupont`", "*Confidence*\n82%", "*Type*\nsignificant effect");
        assertThat(texts(blocks.get(2).get("elements"))).containsExactly(
                "Pullwatch · notification `impact:init-lyon-01-dupont:2025-03-01` · 2025-03-01 18:00 UTC");
        assertThat(formatter.describe(notification)).isEqualTo("impact notification impact:init-lyon-01-dupont:2025-03-01");
    }

    @Test
    void aRiskWithoutInitiativeDetailsOrTimeIsStillComplete() throws Exception {
        ImpactNotification notification = new ImpactNotification(1, "n-2", "lille", null, ImpactType.RISK,
                "Queues <again> & again", null, 0.5, null);

        JsonNode message = JSON.readTree(JSON.writeValueAsBytes(formatter.format(notification)));

        assertThat(message.get("text").asText()).isEqualTo(":warning: lille: Queues &lt;again&gt; &amp; again");
        assertThat(texts(message.get("blocks").get(1).get("fields"))).containsExactly("*Store*\n`lille`",
                "*Confidence*\n50%", "*Type*\nrisk");
        assertThat(texts(message.get("blocks").get(2).get("elements")))
                .containsExactly("Pullwatch · notification `n-2`");
    }

    private static List<String> texts(JsonNode textObjects) {
        List<String> texts = new ArrayList<>();
        textObjects.forEach(t -> texts.add(t.get("text").asText()));
        return texts;
    }
}
