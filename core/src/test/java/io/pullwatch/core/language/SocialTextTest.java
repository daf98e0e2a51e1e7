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

    @Test
    void aLinkMayShowItselfOnlyAtTheEndOfItsChunk() {
        assertThat(SocialText.of("see bit.ly/abc now, mail bob.smith@example.com").words)
                .containsExactly("see", "now", "mail");
    }

    @Test
    void readsFancyMathematicalLettersAsPlainOnes() {
        String boldEnDirect = "\uD835\uDC04\uD835\uDC0D "
                + "\uD835\uDC03\uD835\uDC08\uD835\uDC11\uD835\uDC04\uD835\uDC02\uD835\uDC13";
        SocialText text = SocialText.of(boldEnDirect + " : le point");
        assertThat(text.words).containsExactly("en", "direct", "le", "point");
        assertThat(text.otherLetters).isZero();
    }

    @Test
    void readsPastItsFirstWindowOfCharacters() {
        String text = "x".repeat(200) + " a\u2019b https://t.co/abc " + "y".repeat(200) + " fin";
        assertThat(SocialText.of(text).words).containsExactly("xx", "a'b", "yy", "fin");
    }

    @Test
    void stopsWhenTheReaderHasReadEnough() {
        int[] handed = new int[1];
        SocialText text = SocialText.of("one two three four five", (chars, start, end) -> ++handed[0] < 2);
        assertThat(handed[0]).isEqualTo(2);
        assertThat(text.words).containsExactly("one", "two");
    }

    @Test
    void cleanedTextCanBeCutAtAWordBoundary() {
        SocialText text = SocialText.of("alpha beta gamma delta");
        assertThat(text.cleaned(11)).isEqualTo("alpha beta");
        assertThat(text.cleaned(3)).isEqualTo("alpha");
        assertThat(text.cleaned(1_000)).isEqualTo("alpha beta gamma delta");
        assertThat(SocialText.of("#tag").cleaned(10)).isEmpty();
    }

    @Test
    void wordsWrittenOverTheTextNeverOvertakeTheReading() {
        // SocialText writes the kept words over the characters it has read: that holds because lower-casing never
        // turns one UTF-16 unit into two
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Character.toLowerCase(c)).isLessThanOrEqualTo((int) Character.MAX_VALUE);
        }
        assertThat(SocialText.of("ÀÉÎ\tÕÜ\nfin").words).containsExactly("àéî", "õü", "fin");
        assertThat(SocialText.of("ends with a link bit.ly/x").words).containsExactly("ends", "with", "a", "link");
        assertThat(SocialText.of("\uD801\uDC00\uD801\uDC01 abc").words) // Deseret capitals and small letters
                .containsExactly("\uD801\uDC28\uD801\uDC29", "abc");
    }
}
