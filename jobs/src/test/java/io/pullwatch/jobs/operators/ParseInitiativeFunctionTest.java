package io.pullwatch.jobs.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.validation.ValidationLimits;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class ParseInitiativeFunctionTest {

    private static OneInputStreamOperatorTestHarness<RawRecord, InitiativeUpdate> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(new ParseInitiativeFunction(ValidationLimits.DEFAULTS));
    }

    @Test
    void anInitiativeIsAnUpsertAndATombstoneADeletion() throws Exception {
        try (var h = harness()) {
            h.processElement(Events.raw("initiatives", 0, "i1",
                    Events.json(Events.initiative("i1", "lille", InitiativeStatus.ACTIVE, "FLASH30"))), 0);
            h.processElement(Events.raw("initiatives", 1, "i1", null), 0);

            assertThat(h.extractOutputValues()).satisfiesExactly(
                    upsert -> assertThat(upsert.initiative().codes()).containsExactly("FLASH30"),
                    deletion -> {
                        assertThat(deletion.isDeletion()).isTrue();
                        assertThat(deletion.initiativeId()).isEqualTo("i1");
                    });
        }
    }

    @Test
    void aKeyThatDisagreesWithTheIdIsRefused() throws Exception {
        try (var h = harness()) {
            h.processElement(Events.raw("initiatives", 4, "other",
                    Events.json(Events.initiative("i1", "lille", InitiativeStatus.ACTIVE))), 0);

            assertThat(h.extractOutputValues()).isEmpty();
            assertThat(h.getSideOutput(PipelineState.DEAD_LETTERS)).singleElement()
                    .extracting(StreamRecord::getValue)
                    .satisfies(d -> {
                        assertThat(d.reason()).isEqualTo(DeadLetterReason.INVALID_VALUE);
                        assertThat(d.error()).contains("'other'", "'i1'");
                    });
        }
    }

    @Test
    void anUnknownKindIsAnInvalidValue() throws Exception {
        try (var h = harness()) {
            String json = new String(Events.json(Events.initiative("i2", "lille", InitiativeStatus.ACTIVE)))
                    .replace("\"flash-promotion\"", "\"pop-up-party\"");
            h.processElement(Events.raw("initiatives", 5, json), 0);

            DeadLetter letter = h.getSideOutput(PipelineState.DEAD_LETTERS).peek().getValue();
            assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_VALUE);
            assertThat(letter.error()).contains("kind");
        }
    }

    @Test
    void aQueryThatDoesNotParseIsRefusedWithWhereAndWhy() throws Exception {
        try (var h = harness()) {
            String valid = new String(Events.json(Events.initiative("i3", "lille", InitiativeStatus.ACTIVE)));
            String withQuery = valid.replace("\"status\"", "\"query\":\"coat AND (sale\",\"status\"");
            String withGoodQuery = valid.replace("\"status\"", "\"query\":\"coat AND sale\",\"status\"");
            h.processElement(Events.raw("initiatives", 6, withQuery), 0);
            h.processElement(Events.raw("initiatives", 7, withGoodQuery), 0);

            DeadLetter letter = h.getSideOutput(PipelineState.DEAD_LETTERS).peek().getValue();
            assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_QUERY);
            assertThat(letter.error()).startsWith("initiative 'i3': ").contains("column");
            assertThat(h.extractOutputValues()).singleElement()
                    .satisfies(u -> assertThat(u.initiative().query()).isEqualTo("coat AND sale"));
        }
    }

    @Test
    void canBeShippedToTheCluster() {
        assertThatCode(() -> InstantiationUtil.serializeObject(
                new ParseInitiativeFunction(ValidationLimits.DEFAULTS))).doesNotThrowAnyException();
    }
}
