package io.pullwatch.core.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.SentimentLabel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextUnderstandingTest {

    private final TextUnderstanding understanding = TextUnderstanding.standard();

    @Test
    void aOneStarReviewReadingGreatIsNegative() {
        Understanding u = understanding.understand("great, another broken zipper", null, 1.0);

        assertThat(u.language()).isEqualTo("en");
        assertThat(u.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(u.aspects()).extracting(AspectMention::aspect).contains("product-quality");
    }

    @Test
    void theDetectedLanguageWinsOverAWrongDeclarationAndTheDeclarationFillsInForTooShortTexts() {
        assertThat(understanding.understand("J'adore ce magasin, le personnel est adorable !", "en", null).language())
                .isEqualTo("fr");
        assertThat(understanding.understand("top", "fr", null).language()).isEqualTo("fr");
        assertThat(understanding.understand("top", "de", null).language()).isEqualTo("unknown");
    }

    @Test
    void eachAspectGetsTheSentimentOfItsOwnClause() {
        Understanding u = understanding.understand("Staff lovely but the queue was awful.", null, null);

        assertThat(u.aspects()).filteredOn(a -> a.aspect().equals("staff-and-service")).singleElement()
                .satisfies(a -> assertThat(a.score()).isPositive());
        assertThat(u.aspects()).filteredOn(a -> a.aspect().equals("waiting-and-queues")).singleElement()
                .satisfies(a -> assertThat(a.score()).isNegative());
    }

    /** Whatever arrives on a stream, the text stage answers, and fast: a hang would stall a whole job. */
    @Test
    @Timeout(20)
    void arbitraryCodePointsNeverHangOrThrow() {
        SplittableRandom random = new SplittableRandom(7);
        for (int text = 0; text < 2_000; text++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(1, 200);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(4);
                int cp = switch (kind) {
                    case 0 -> random.nextInt(0x20, 0x7F);
                    case 1 -> random.nextInt(0xA0, 0x2FFF);
                    case 2 -> random.nextInt(0x1D400, 0x1D7FF); // mathematical letters and digits
                    default -> random.nextInt(0x1F300, 0x1FAFF); // emoji
                };
                s.appendCodePoint(cp);
            }
            if (random.nextInt(10) == 0) {
                s.append('\uD835'); // an unpaired surrogate
            }
            Understanding u = understanding.understand(s.toString(), null, null);
            assertThat(u.sentiment()).isNotNull();
        }
    }
}
