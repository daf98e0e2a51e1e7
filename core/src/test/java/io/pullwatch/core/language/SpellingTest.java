package io.pullwatch.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {

    private static Spelling.Evidence spelling(String text) {
        return Spelling.of(SocialText.of(text));
    }

    @Test
    void marksEnglishSpellings() {
        Spelling.Evidence evidence = spelling("Sydney hostage crisis: gunman holding shoppers, police watched");
        // "sydney" (final y), "holding" (-ing), "shoppers" (sh), "watched" (-ed, tch)
        assertThat(evidence.english()).isEqualTo(4);
        assertThat(evidence.french()).isZero();
        assertThat(evidence.foreign()).isZero();
    }

    @Test
    void wAndKAreEnglishOrGermanicOnly() {
        Spelling.Evidence evidence = spelling("kiwi week");
        assertThat(evidence.english()).isZero();
        assertThat(evidence.englishOrGermanic()).isEqualTo(2);
    }

    @Test
    void marksFrenchAccentsAndEndings() {
        Spelling.Evidence evidence = spelling("Superbe film, émouvant et drôle, des acteurs merveilleux, beau");
        // "émouvant", "drôle", "acteurs", "merveilleux", "beau"; "et" and "des" are left to FunctionWords
        assertThat(evidence.french()).isEqualTo(5);
        assertThat(evidence.english()).isZero();
    }

    @Test
    void beautyIsEnglish() {
        assertThat(spelling("beautiful beauty").french()).isZero();
    }

    @Test
    void readsTheWordAfterAnElision() {
        assertThat(spelling("l'année d'exception").french()).isEqualTo(1);
    }

    @Test
    void marksRomanceEndingsButNotShortEnglishWords() {
        assertThat(spelling("nuevo telefono o tablet").romance()).isEqualTo(3);
        assertThat(spelling("no go").romance()).isZero();
    }

    @Test
    void marksLettersForeignToEnglishAndFrench() {
        assertThat(spelling("niño große łódź").foreign()).isEqualTo(3);
        assertThat(spelling("très élevé").foreign()).isZero();
    }

    @Test
    void marksGermanicSpellings() {
        assertThat(spelling("schnell nacht dijk").germanic()).isEqualTo(3);
    }
}
