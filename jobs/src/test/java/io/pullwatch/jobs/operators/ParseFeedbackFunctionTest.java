package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.validation.ValidationLimits;
import io.pullwatch.jobs.pipeline.PipelineState;
import io.pullwatch.jobs.testing.Events;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ParseFeedbackFunctionTest {

    private static OneInputStreamOperatorTestHarness<RawRecord, Feedback> harness(FeedbackKind kind) throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(new ParseFeedbackFunction(kind, ValidationLimits.DEFAULTS));
    }

    private static List<DeadLetter> deadLetters(OneInputStreamOperatorTestHarness<RawRecord, Feedback> h) {
        var side = h.getSideOutput(PipelineState.DEAD_LETTERS);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void aValidReviewBecomesFeedbackKeyedByKindAndId() throws Exception {
        try (var h = harness(FeedbackKind.REVIEW)) {
            h.processElement(Events.raw("reviews", 7, null,
                    Events.json(Events.review("r1", "lyon", 2, "Queue was endless", T0))), 0);

            assertThat(h.extractOutputValues()).singleElement().satisfies(f -> {
                assertThat(f.feedbackId()).isEqualTo("review:r1");
                assertThat(f.storeId()).isEqualTo("lyon");
                assertThat(f.text()).isEqualTo("Queue was endless");
            });
            assertThat(deadLetters(h)).isEmpty();
        }
    }

    @Test
    void aValidMentionBecomesFeedbackWithAuthorReach() throws Exception {
        try (var h = harness(FeedbackKind.MENTION)) {
            h.processElement(Events.raw("mentions", 1, null, Events.json(Events.mention("m1", "love it", T0))), 0);

            assertThat(h.extractOutputValues()).singleElement().satisfies(f -> {
                assertThat(f.feedbackId()).isEqualTo("mention:m1");
                assertThat(f.authorReach()).isEqualTo(120L);
            });
        }
    }

    @Test
    void badRecordsGoToDeadLettersWithReasonCoordinatesAndOriginalBytes() throws Exception {
        try (var h = harness(FeedbackKind.REVIEW)) {
            String notJson = "{\"id\": \"r1\", oops";
            String missingStore = new String(Events.json(Events.review("r2", null, 4, "ok", T0)), StandardCharsets.UTF_8);
            h.processElement(Events.raw("reviews", 11, notJson), 0);
            h.processElement(Events.raw("reviews", 12, missingStore), 0);

            assertThat(h.extractOutputValues()).isEmpty();
            List<DeadLetter> letters = deadLetters(h);
            assertThat(letters).extracting(DeadLetter::reason)
                    .containsExactly(DeadLetterReason.MALFORMED_JSON, DeadLetterReason.MISSING_FIELD);
            assertThat(letters.get(0).sourceTopic()).isEqualTo("reviews");
            assertThat(letters.get(0).offset()).isEqualTo(11);
            assertThat(new String(letters.get(0).originalBytes(), StandardCharsets.UTF_8)).isEqualTo(notJson);
            assertThat(letters.get(1).error()).contains("storeId");
        }
    }

    @Test
    void aMentionSentToTheReviewsTopicIsRejectedNotGuessed() throws Exception {
        try (var h = harness(FeedbackKind.REVIEW)) {
            h.processElement(Events.raw("reviews", 3, null, Events.json(Events.mention("m9", "hi", T0))), 0);

            assertThat(h.extractOutputValues()).isEmpty();
            assertThat(deadLetters(h)).singleElement()
                    .satisfies(d -> assertThat(d.reason()).isEqualTo(DeadLetterReason.MISSING_FIELD));
        }
    }
}
