package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.jobs.testing.Events;
import java.time.Duration;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class DeduplicateFunctionTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private static KeyedOneInputStreamOperatorTestHarness<String, Feedback, Feedback> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new DeduplicateFunction(WINDOW),
                Feedback::feedbackId, Types.STRING);
    }

    private static Feedback feedback(String id) {
        return Events.reviewFeedback(id, "lyon", 4, "fine", T0);
    }

    @Test
    void aRedeliveryInsideTheWindowIsDroppedOnce() throws Exception {
        try (var h = harness()) {
            h.processElement(feedback("a"), 0);
            h.processElement(feedback("b"), 0);
            h.processElement(feedback("a"), 0);

            assertThat(h.extractOutputValues()).extracting(Feedback::feedbackId).containsExactly("review:a", "review:b");
            assertThat(h.numKeyedStateEntries()).isEqualTo(2);
        }
    }

    @Test
    void theMemoryOfAnIdExpiresWithTheWindow() throws Exception {
        try (var h = harness()) {
            h.setStateTtlProcessingTime(0);
            h.processElement(feedback("a"), 0);
            h.setStateTtlProcessingTime(WINDOW.toMillis() + 1);
            h.processElement(feedback("a"), 0);

            assertThat(h.extractOutputValues()).hasSize(2);
        }
    }

    @Test
    void whatWasSeenSurvivesARestoreFromASnapshot() throws Exception {
        OperatorSubtaskState state;
        try (var before = harness()) {
            before.processElement(feedback("a"), 0);
            state = before.snapshot(1, 1);
        }

        try (var restored = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new DeduplicateFunction(WINDOW)), Feedback::feedbackId, Types.STRING)) {
            restored.initializeState(state);
            restored.open();
            restored.processElement(feedback("a"), 0);
            restored.processElement(feedback("c"), 0);

            assertThat(restored.extractOutputValues()).extracting(Feedback::feedbackId).containsExactly("review:c");
        }
    }
}
