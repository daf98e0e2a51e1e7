package io.pullwatch.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialTextTest {

    @Test
    void dropsUrlsHandlesHashtagsNumbersAndEmoji() {
        SocialText text = SocialText.of("@bob Love it 😍 #blessed $AAPL 10/10 https://t.co/x1 bit.ly/x2 mail me: a.b@c.com");
        assertThat(text.words).containsExactly("love", "it", "mail", "me");
        assertThat(text.cleaned()).isEqualTo("love it mail me");
    }

    @Test
    void keepsElisionsAndContractionsAsOneWord() {
        assertThat(SocialText.of("J’ADORE, c'est top & don't stop").words)
                .containsExactly("j'adore", "c'est", "top", "don't", "stop");
    }

    @Test
    void shortensElongations() {
        assertThat(SocialText.of("Sooooo goooood").words).containsExactly("soo", "good");
    }

    @Test
    void countsLettersByScript() {
        SocialText text = SocialText.of("Привет abc");
        assertThat(text.latinLetters).isEqualTo(3);
        assertThat(text.otherLetters).isEqualTo(6);
    }

    @Test
    void readsOnlyTheFirstWordsOfLongTexts() {
        assertThat(SocialText.of("word ".repeat(1_000)).words).hasSize(SocialText.MAX_WORDS);
    }
}
