package io.pullwatch.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pullwatch.search.testing.TestFeedback;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class RetentionTest {

    /** The clock stands 1 h 30 min after the corpus starts; retention keeps one hour. */
    private final Retention retention = new Retention(Duration.ofHours(1),
            Clock.fixed(TestFeedback.T0.plus(Duration.ofMinutes(90)), ZoneOffset.UTC));

    @Test
    void feedbackOlderThanTheRetentionIsRemoved() throws Exception {
        try (FeedbackIndex index = new FeedbackIndex(new ByteBuffersDirectory(), 50)) {
            TestFeedback.indexAll(index, TestFeedback.corpus());

            long removed = retention.apply(index);
            index.refresh();

            assertThat(removed).isEqualTo(3); // written at 0, 10 and 20 min, before the 30 min cutoff
            assertThat(index.count(new MatchAllDocsQuery())).isEqualTo(3);
        }
    }

    @Test
    void expiryIsDecidedByTheCreationTime() {
        assertThat(retention.isExpired(TestFeedback.T0)).isTrue();
        assertThat(retention.isExpired(TestFeedback.T0.plus(Duration.ofMinutes(31)))).isFalse();
        assertThat(retention.isExpired(null)).isFalse();
        assertThat(retention.cutoff()).isEqualTo(TestFeedback.T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aRetentionMustBePositive() {
        assertThatThrownBy(() -> new Retention(Duration.ZERO, Clock.systemUTC()))
                .hasMessageContaining("positive");
    }
}
