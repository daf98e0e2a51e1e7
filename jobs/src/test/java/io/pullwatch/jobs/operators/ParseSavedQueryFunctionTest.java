package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.core.validation.ValidationLimits;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

class ParseSavedQueryFunctionTest {

    private static OneInputStreamOperatorTestHarness<RawRecord, SavedQueryUpdate> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(new ParseSavedQueryFunction(ValidationLimits.DEFAULTS));
    }

    private static byte[] query(String id, String text) {
        return Events.json(new SavedQuery(1, id, text, "name", "marketing", T0));
    }

    @Test
    void aValidQueryIsAnUpsertAndATombstoneADeletion() throws Exception {
        try (var h = harness()) {
            h.processElement(Events.raw("saved-queries", 0, "q1", query("q1", "store:lille AND queue*")), 0);
            h.processElement(Events.raw("saved-queries", 1, "q1", null), 0);

            assertThat(h.extractOutputValues()).satisfiesExactly(
                    upsert -> assertThat(upsert.query().query()).isEqualTo("store:lille AND queue*"),
                    deletion -> assertThat(deletion.isDeletion()).isTrue());
        }
    }

    @Test
    void aQueryThatDoesNotParseIsDeadLetteredWithWhereAndWhyAndItsBytes() throws Exception {
        try (var h = harness()) {
            byte[] bytes = query("q2", "queue AND (staff");
            h.processElement(Events.raw("saved-queries", 7, "q2", bytes), 0);
            h.processElement(Events.raw("saved-queries", 8, "q3", query("q3", "colour:blue")), 0);

            assertThat(h.extractOutputValues()).isEmpty();
            assertThat(h.getSideOutput(PipelineState.DEAD_LETTERS)).extracting(StreamRecord::getValue)
                    .satisfiesExactly(
                            first -> {
                                assertThat(first.reason()).isEqualTo(DeadLetterReason.INVALID_QUERY);
                                assertThat(first.error()).contains("q2", "column");
                                assertThat(new String(first.originalBytes(), StandardCharsets.UTF_8))
                                        .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
                            },
                            second -> assertThat(second.error()).contains("unknown field 'colour'"));
        }
    }

    @Test
    void aKeyThatDisagreesWithTheIdIsRefused() throws Exception {
        try (var h = harness()) {
            h.processElement(Events.raw("saved-queries", 4, "other", query("q1", "queue")), 0);

            assertThat(h.getSideOutput(PipelineState.DEAD_LETTERS)).singleElement().extracting(StreamRecord::getValue)
                    .satisfies(d -> assertThat(d.reason()).isEqualTo(DeadLetterReason.INVALID_VALUE));
        }
    }

    @Test
    void canBeShippedToTheCluster() {
        assertThatCode(() -> InstantiationUtil.serializeObject(
                new ParseSavedQueryFunction(ValidationLimits.DEFAULTS))).doesNotThrowAnyException();
    }
}
