package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.Review;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolarityTallyTest {

    @Test
    void emptyTallyHasNothing() {
        assertThat(PolarityTally.EMPTY.count()).isZero();
        assertThat(PolarityTally.EMPTY.firstFeedbackId()).isNull();
        assertThat(PolarityTally.EMPTY.sampleFeedbackIds()).isEmpty();
        assertThat(PolarityTally.EMPTY.topInitiatives()).isEmpty();
        assertThat(PolarityTally.EMPTY.alertRevision()).isZero();
    }

    @Test
    void plusCountsAndRemembersTheFirst() {
        PolarityTally tally = PolarityTally.EMPTY.plus(feedback("review:r1")).plus(feedback("mention:m2"));

        assertThat(tally.count()).isEqualTo(2);
        assertThat(tally.firstFeedbackId()).isEqualTo("review:r1");
        assertThat(tally.sampleFeedbackIds()).containsExactly("review:r1", "mention:m2");
    }

    @Test
    void samplesStopAtFiveButTheCountGoesOn() {
        PolarityTally tally = PolarityTally.EMPTY;
        for (int i = 1; i <= 8; i++) {
            tally = tally.plus(feedback("review:r" + i));
        }

        assertThat(tally.count()).isEqualTo(8);
        assertThat(tally.sampleFeedbackIds()).hasSize(PolarityTally.MAX_SAMPLES)
                .containsExactly("review:r1", "review:r2", "review:r3", "review:r4", "review:r5");
        assertThat(tally.firstFeedbackId()).isEqualTo("review:r1");
    }

    @Test
    void plusCountsAttributedInitiatives() {
        PolarityTally tally = PolarityTally.EMPTY
                .plus(feedback("review:r1", "init-chat"))
                .plus(feedback("review:r2", "init-chat", "init-flash"))
                .plus(feedback("review:r3"));

        assertThat(tally.initiativeCounts()).isEqualTo(Map.of("init-chat", 2, "init-flash", 1));
    }

    @Test
    void topInitiativesAreOrderedByCountThenId() {
        PolarityTally tally = PolarityTally.EMPTY
                .plus(feedback("review:r1", "init-b"))
                .plus(feedback("review:r2", "init-c", "init-a"))
                .plus(feedback("review:r3", "init-c"))
                .plus(feedback("review:r4", "init-b", "init-c"));

        assertThat(tally.topInitiatives()).containsExactly("init-c", "init-b", "init-a");
    }

    @Test
    void plusLeavesTheOriginalUntouched() {
        PolarityTally one = PolarityTally.EMPTY.plus(feedback("review:r1", "init-chat"));
        PolarityTally two = one.plus(feedback("review:r2", "init-chat"));

        assertThat(one.count()).isEqualTo(1);
        assertThat(one.sampleFeedbackIds()).containsExactly("review:r1");
        assertThat(one.initiativeCounts()).containsEntry("init-chat", 1);
        assertThat(two.initiativeCounts()).containsEntry("init-chat", 2);
        assertThat(PolarityTally.EMPTY.count()).isZero();
    }

    @Test
    void alertRevisionSurvivesNewFeedback() {
        PolarityTally raised = PolarityTally.EMPTY.plus(feedback("review:r1")).withAlertRevision(2);

        PolarityTally grown = raised.plus(feedback("review:r2"));

        assertThat(raised.count()).isEqualTo(1);
        assertThat(grown.alertRevision()).isEqualTo(2);
        assertThat(grown.count()).isEqualTo(2);
    }

    @Test
    void withAlertRevisionChangesOnlyTheRevision() {
        PolarityTally tally = PolarityTally.EMPTY.plus(feedback("review:r1", "init-chat"));

        assertThat(tally.withAlertRevision(3)).isEqualTo(new PolarityTally(1, "review:r1", List.of("review:r1"),
                Map.of("init-chat", 1), 3));
    }

    @Test
    void tallyCannotBeChangedFromOutside() {
        PolarityTally tally = PolarityTally.EMPTY.plus(feedback("review:r1", "init-chat"));

        assertThatThrownBy(() -> tally.sampleFeedbackIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tally.initiativeCounts().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Feedback feedback(String feedbackId, String... initiativeIds) {
        Review review = new Review(1, "r", "google", "lyon-01", 5.0, null, "Super", "fr", "g-1",
                Instant.parse("2025-03-01T10:01:00Z"), List.of());
        List<Attribution> attributions = Arrays.stream(initiativeIds)
                .map(id -> new Attribution(id, 0.98, AttributionRule.CODE, "CODE"))
                .toList();
        return new Feedback(1, feedbackId, FeedbackKind.REVIEW, review, null, "lyon-01", "fr", null, null, attributions,
                null, 0L);
    }
}
