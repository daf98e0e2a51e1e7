package io.pullwatch.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicWordsTest {

    @Test
    void contentWordsAreStemmedByTheirFirstLettersAndFunctionWordsLeftOut() {
        assertThat(TopicWords.of("Flash sale -30% on winter coats, with every coat")).containsExactlyInAnyOrder(
                "flash", "sale", "winter", "coats", "coat");
        assertThat(TopicWords.of("Les réparations étaient rapides")).containsExactlyInAnyOrder(
                "repara", "rapide");
    }

    @Test
    void oneSharedWordIsAHintTwoATopicAndFourACertainty() {
        Set<String> topic = TopicWords.of("Free croissant with every purchase, with Boulangerie Dupont");

        assertThat(TopicWords.similarity(TopicWords.of("nothing in common"), topic)).isZero();
        assertThat(TopicWords.similarity(TopicWords.of("my croissant"), topic)).isEqualTo(TopicWords.ONE_WORD_HINT);
        assertThat(TopicWords.similarity(TopicWords.of("free croissants"), topic)).isEqualTo(0.6);
        assertThat(TopicWords.similarity(TopicWords.of("free croissants after my purchase at dupont"), topic))
                .isEqualTo(1.0);
    }
}
