package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.time.Duration;
import java.util.List;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class RouteImpactFunctionTest {

    private static BroadcastOperatorTestHarness<Feedback, InitiativeUpdate, StoreFeedback> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(new RouteImpactFunction(Duration.ofHours(2)),
                PipelineState.INITIATIVES);
    }

    private static Feedback tiedTo(Feedback feedback, String initiativeId) {
        return feedback.withAttributions(List.of(new Attribution(initiativeId, 0.98, AttributionRule.CODE, "X")));
    }

    @Test
    void feedbackGoesToItsStoreAndToTheStoreOfTheInitiativeItIsTiedTo() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")), 0);
            h.processElement(Events.reviewFeedback("a", "lille", 4, "ok", T0), 0);
            h.processElement(tiedTo(Feedback.of(Events.mention("b", "FLASH30 !", T0)), "flash"), 0);
            h.processElement(Feedback.of(Events.mention("c", "nice brand", T0)), 0);

            assertThat(h.extractOutputValues()).satisfiesExactly(
                    a -> {
                        assertThat(a.storeId()).isEqualTo("lille");
                        assertThat(a.running()).extracting(Initiative::id).containsExactly("flash");
                    },
                    b -> assertThat(b.storeId()).isEqualTo("lille"));
            assertThat(h.getBroadcastState(PipelineState.INITIATIVES).contains("flash")).isTrue();
        }
    }

    @Test
    void aChangeToTheRegistryAppliesToTheNextFeedback() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")), 0);
            h.processElement(Events.reviewFeedback("a", "lille", 4, "ok", T0), 0);
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.RETIRED, "FLASH30")), 0);
            h.processElement(Events.reviewFeedback("b", "lille", 4, "ok", T0), 0);

            assertThat(h.extractOutputValues()).extracting(StoreFeedback::comparable).containsExactly(false, true);
        }
    }
}
