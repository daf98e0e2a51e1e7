package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CascadeShareTest {

    private static final Instant AT = Instant.parse("2025-03-01T10:00:00Z");

    private static Feedback mention(String id, String parent, Relation relation) {
        return Feedback.of(new Mention(1, id, "x", "u-" + id, 300L, "text", "en", AT, parent, relation,
                Engagement.NONE, null, List.of(), List.of()));
    }

    @Test
    void anOriginalPostIsTheRootOfItsOwnCascade() {
        assertThat(CascadeShare.of(mention("p1", null, null))).get()
                .satisfies(s -> {
                    assertThat(s.rootId()).isEqualTo("p1");
                    assertThat(s.root()).isTrue();
                    assertThat(s.feedbackId()).isEqualTo("mention:p1");
                });
    }

    @Test
    void resharesAndQuotesExtendTheirParentsCascade() {
        assertThat(CascadeShare.of(mention("r1", "p1", Relation.RESHARE))).get()
                .satisfies(s -> assertThat(s.rootId()).isEqualTo("p1"))
                .satisfies(s -> assertThat(s.root()).isFalse());
        assertThat(CascadeShare.of(mention("q1", "p1", Relation.QUOTE))).get()
                .satisfies(s -> assertThat(s.rootId()).isEqualTo("p1"));
    }

    @Test
    void repliesAndReviewsAreNoShares() {
        assertThat(CascadeShare.of(mention("a1", "p1", Relation.REPLY))).isEmpty();
        assertThat(CascadeShare.of(Feedback.of(new Review(1, "r", "google", "s", 4.0, null, "ok", "en", "a", AT,
                List.of())))).isEmpty();
    }
}
