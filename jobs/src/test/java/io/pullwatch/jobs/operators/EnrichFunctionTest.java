package io.pullwatch.jobs.operators;

import static io.pullwatch.jobs.testing.Events.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.jobs.testing.Events;
import org.apache.flink.streaming.api.operators.StreamMap;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

class EnrichFunctionTest {

    private static Feedback enrich(Feedback feedback) throws Exception {
        try (var h = new OneInputStreamOperatorTestHarness<>(new StreamMap<>(new EnrichFunction()))) {
            h.open();
            h.processElement(feedback, 0);
            return h.extractOutputValues().get(0);
        }
    }

    @Test
    void aOneStarReviewReadingGreatIsNegativeAndTalksAboutProductQuality() throws Exception {
        Feedback enriched = enrich(Events.reviewFeedback("r", "lyon", 1, "Great, another broken zipper.", T0));

        assertThat(enriched.language()).isEqualTo("en");
        assertThat(enriched.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(enriched.aspects()).extracting(AspectMention::aspect).contains("product-quality");
    }

    @Test
    void aFrenchMentionGetsItsLanguageSentimentAndAspectsFromTheTextEvenWhenDeclaredWrongly() throws Exception {
        Mention mention = new Mention(SchemaVersion.CURRENT, "m1", "twitter", "u1", 10L,
                "Le personnel est adorable mais la file d'attente était interminable !", "en", T0, null, null, null,
                null, null, null);

        Feedback enriched = enrich(Feedback.of(mention));

        assertThat(enriched.language()).isEqualTo("fr");
        assertThat(enriched.sentiment().isKnown()).isTrue();
        assertThat(enriched.aspects()).extracting(AspectMention::aspect)
                .contains("staff-and-service", "waiting-and-queues");
        assertThat(enriched.aspects()).filteredOn(a -> a.aspect().equals("waiting-and-queues"))
                .singleElement().satisfies(a -> assertThat(a.score()).isNegative());
    }
}
