package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.attribution.AttributionSettings;
import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class AttributeFunctionTest {

    private static final AttributionSettings SETTINGS = new AttributionSettings(Duration.ofHours(2), 0.35);

    private static KeyedBroadcastOperatorTestHarness<String, Feedback, InitiativeUpdate, Feedback> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new AttributeFunction(SETTINGS),
                AttributeFunction::storeKey, Types.STRING, PipelineState.INITIATIVES);
    }

    private static Feedback post(String id, String store, String parentId, String text, Instant at) {
        return Feedback.of(new Mention(SchemaVersion.CURRENT, id, "x", "u-" + id, 100L, text, "en", at, parentId,
                parentId == null ? null : Relation.REPLY, null, store, null, null));
    }

    private static void registerFlashSale(
            KeyedBroadcastOperatorTestHarness<String, Feedback, InitiativeUpdate, Feedback> h) throws Exception {
        h.processBroadcastElement(InitiativeUpdate.upsert(
                Events.initiative("flash", "lille", InitiativeStatus.ACTIVE, "FLASH30")), 0);
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
    void aReplyInTheSameStoreInheritsWhatItsParentWasTiedTo() throws Exception {
        try (var h = harness()) {
            registerFlashSale(h);
            h.processElement(post("root", "lille", null, "FLASH30 was a joke today", T0), 0);
            h.processElement(post("reply", "lille", "root", "Totally agree.", T0.plusSeconds(60)), 0);
            h.processElement(post("elsewhere", "paris", "root", "Same here!", T0.plusSeconds(60)), 0);

            assertThat(h.extractOutputValues()).satisfiesExactly(
                    root -> assertThat(root.attributions()).extracting(Attribution::rule)
                            .containsExactly(AttributionRule.CODE),
                    reply -> assertThat(reply.attributions()).singleElement().satisfies(a -> {
                        assertThat(a.rule()).isEqualTo(AttributionRule.THREAD);
                        assertThat(a.confidence()).isEqualTo(0.98 * 0.9, within(0.001));
                        assertThat(a.evidence()).isEqualTo("answers root");
                    }),
                    // Threads are kept per store: a reply filed under another store does not find its parent.
                    elsewhere -> assertThat(elsewhere.attributions()).isEmpty());
        }
    }

    @Test
    void theUnnamedPostsOfASurgeThatNamesTheInitiativeAreTiedToIt() throws Exception {
        try (var h = harness()) {
            registerFlashSale(h);
            for (int minute = 0; minute < 30; minute += 3) { // a quiet half hour: one review every three minutes
                h.processElement(post("quiet-" + minute, "lille", null, "Nice shop, tidy shelves.",
                        T0.plusSeconds(60L * minute)), 0);
            }
            Instant wave = T0.plusSeconds(60L * 30);
            for (int i = 0; i < 12; i++) {
                String text = i % 2 == 0 ? "FLASH30 sold out, endless queue" : "Endless queue outside for nothing";
                h.processElement(post("wave-" + i, "lille", null, text, wave.plusSeconds(5L * i)), 0);
            }
            h.processElement(post("everyday", "lille", null, "Nice shop, tidy shelves.", wave.plusSeconds(61)), 0);

            List<Feedback> out = h.extractOutputValues();
            assertThat(out.subList(0, 10)).allSatisfy(f -> assertThat(f.attributions()).isEmpty());
            Feedback lateUnnamed = out.get(10 + 11);
            assertThat(lateUnnamed.attributions()).singleElement().satisfies(a -> {
                assertThat(a.rule()).isEqualTo(AttributionRule.CONTEXT);
                assertThat(a.evidence()).contains("surge");
                assertThat(a.confidence()).isGreaterThan(0.6);
            });
            // The store's everyday talk during the surge shares no word with the posts naming the sale.
            assertThat(out.get(out.size() - 1).attributions()).isEmpty();
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
