package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.jobs.testing.Events;
import org.junit.jupiter.api.Test;

class EnrichFunctionTest {

    @Test
    void reviewsGetStarRatingSentimentAndTheirDeclaredLanguage() {
        Feedback enriched = new EnrichFunction().map(Events.reviewFeedback("r", "lyon", 1, "great, another broken zipper", T0));

        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(enriched.sentiment().score()).isEqualTo(-1.0);
    }

    @Test
    void mentionsGetAnUnknownSentimentRatherThanAFalseNeutral() {
        Feedback enriched = new EnrichFunction().map(Feedback.of(Events.mention("m", "meh", T0)));

        assertThat(enriched.sentiment().isKnown()).isFalse();
    }
}
