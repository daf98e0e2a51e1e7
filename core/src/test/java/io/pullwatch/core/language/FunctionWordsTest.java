package io.pullwatch.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {

    @Test
    void countsEnglishWordsAndContractions() {
        FunctionWords.Evidence evidence = FunctionWords.count(List.of("i", "don't", "like", "the", "food"));
        assertThat(evidence.english()).isEqualTo(4);
        assertThat(evidence.englishDistinct()).isEqualTo(3); // "i" is also Italian
        assertThat(evidence.french()).isZero();
    }

    @Test
    void countsFrenchWordsElisionsAndAccents() {
        FunctionWords.Evidence evidence = FunctionWords.count(List.of("c'est", "trouvé", "ça", "génial"));
        assertThat(evidence.french()).isEqualTo(5); // "c'" and "est" count apart
        assertThat(evidence.frenchDistinct()).isEqualTo(2); // "est" and "ça"; "c'" and "é" are also Italian
    }

    @Test
    void wordsSharedWithItalianAreNotDistinctlyFrench() {
        FunctionWords.Evidence evidence = FunctionWords.count(List.of("il", "prezzo", "la", "qualità"));
        assertThat(evidence.french()).isEqualTo(3);
        assertThat(evidence.frenchDistinct()).isZero();
    }

    @Test
    void flagsOtherLanguages() {
        assertThat(FunctionWords.count(List.of("das", "ist", "nicht", "gut")).other()).isEqualTo(3);
        assertThat(FunctionWords.count(List.of("muy", "rápido")).other()).isEqualTo(2);
    }

    @Test
    void stopsReadingOnceOneLanguageLeadsBeyondDoubt() {
        FunctionWords.Tally tally = new FunctionWords.Tally();
        String english = "this is the best of all the phones that I have had";
        SocialText text = SocialText.of(english + " et puis c'est la fin de la la la la la", tally);
        assertThat(text.wordCount()).isLessThan(english.split(" ").length);
        assertThat(tally.evidence().english()).isEqualTo(FunctionWords.Tally.SETTLED);
        assertThat(tally.evidence().french()).isZero();
    }

    @Test
    void readsOnWhileTheLanguagesAreMixed() {
        FunctionWords.Tally tally = new FunctionWords.Tally();
        String mixed = "the movie est le film of the year de l'année with the best of the meilleurs";
        SocialText text = SocialText.of(mixed, tally);
        assertThat(text.wordCount()).isEqualTo(mixed.split(" ").length);
        assertThat(tally.evidence().english()).isGreaterThanOrEqualTo(FunctionWords.Tally.SETTLED);
        assertThat(tally.evidence().french()).isPositive();
    }
}
