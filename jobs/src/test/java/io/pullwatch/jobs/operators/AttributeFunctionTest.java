package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.time.Duration;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class AttributeFunctionTest {

    private static final AttributionSettings SETTINGS = new AttributionSettings(Duration.ofHours(2), 0.35);

    private static BroadcastOperatorTestHarness<Feedback, InitiativeUpdate, Feedback> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(new AttributeFunction(SETTINGS),
                PipelineState.INITIATIVES);
    }

    private static Feedback usingCode(String id) {
        return Events.reviewFeedback(id, "paris", 2, "Code FLASH30 refused at the till", T0);
    }

    @Test
    void aRegisteredInitiativeIsAppliedToTheNextFeedbackAtOnce() throws Exception {
        try (var h = harness()) {
            h.processElement(usingCode("before"), 0);
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")), 0);
            h.processElement(usingCode("after"), 0);

            assertThat(h.extractOutputValues()).satisfiesExactly(
                    before -> assertThat(before.attributions()).isEmpty(),
                    after -> assertThat(after.attributions()).singleElement().satisfies(a -> {
                        assertThat(a.initiativeId()).isEqualTo("flash");
                        assertThat(a.rule()).isEqualTo(AttributionRule.CODE);
                        assertThat(a.evidence()).isEqualTo("FLASH30");
                    }));
            assertThat(h.getBroadcastState(PipelineState.INITIATIVES).contains("flash")).isTrue();
        }
    }

    @Test
    void aRetiredInitiativeStaysInTheRegistryButAttractsNothing() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")), 0);
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.RETIRED, "FLASH30")), 0);
            h.processElement(usingCode("x"), 0);

            assertThat(h.extractOutputValues()).singleElement()
                    .satisfies(f -> assertThat(f.attributions()).isEmpty());
            assertThat(h.getBroadcastState(PipelineState.INITIATIVES).get("flash").status())
                    .isEqualTo(InitiativeStatus.RETIRED);
        }
    }

    @Test
    void aTombstoneRemovesTheInitiativeFromState() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(InitiativeUpdate.upsert(
                    Events.initiative("flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")), 0);
            h.processBroadcastElement(InitiativeUpdate.deletion("flash"), 0);
            h.processElement(usingCode("x"), 0);

            assertThat(h.getBroadcastState(PipelineState.INITIATIVES).contains("flash")).isFalse();
            assertThat(h.extractOutputValues().get(0).attributions()).isEmpty();
        }
    }
}
