package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.simulation.SimulationTexts.Tone;
import io.pullwatch.core.understanding.TextUnderstanding;
import io.pullwatch.core.understanding.Understanding;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The real text stage reads the simulated texts as they are meant: what a wave says carries its polarity. */
class SimulationTextsTest {

    private final TextUnderstanding understanding = TextUnderstanding.standard();

    @Test
    void everyPraiseIsPositiveAndEveryComplaintNegativeInBothLanguages() {
        for (String language : List.of(SimulationTexts.ENGLISH, SimulationTexts.FRENCH)) {
            for (String topic : SimulationTexts.TOPICS) {
                for (String text : SimulationTexts.all(language, Tone.POSITIVE, topic)) {
                    assertThat(label(text, language)).as(text).isEqualTo(SentimentLabel.POSITIVE);
                }
                for (String text : SimulationTexts.all(language, Tone.NEGATIVE, topic)) {
                    assertThat(label(text, language)).as(text).isEqualTo(SentimentLabel.NEGATIVE);
                }
            }
        }
    }

    @Test
    void remarksTakeNoSide() {
        for (String language : List.of(SimulationTexts.ENGLISH, SimulationTexts.FRENCH)) {
            for (String text : SimulationTexts.all(language, Tone.NEUTRAL, "queues")) {
                assertThat(label(text, language)).as(text).isEqualTo(SentimentLabel.NEUTRAL);
            }
        }
    }

    /** With a place, an exclamation, as a retweet: the tone survives. */
    @Test
    void composedTextsKeepTheirToneAndLanguage() {
        SplittableRandom rng = new SplittableRandom(2);
        int right = 0;
        int total = 0;
        for (int i = 0; i < 400; i++) {
            String language = i % 2 == 0 ? SimulationTexts.ENGLISH : SimulationTexts.FRENCH;
            Tone tone = i % 4 < 2 ? Tone.POSITIVE : Tone.NEGATIVE;
            String text = SimulationTexts.text(rng, language, tone, SimulationTexts.TOPICS.get(i % 6), "Lille", true);
            text = i % 3 == 0 ? "RT @u42: " + text : text;
            Understanding understood = understanding.understand(text, language, null);
            total++;
            right += understood.sentiment().label() == (tone == Tone.POSITIVE ? SentimentLabel.POSITIVE
                    : SentimentLabel.NEGATIVE) && understood.language().equals(language) ? 1 : 0;
        }
        assertThat(right / (double) total).isGreaterThan(0.97);
    }

    private SentimentLabel label(String text, String language) {
        return understanding.understand(text, language, null).sentiment().label();
    }
}
