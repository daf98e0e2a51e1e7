package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockSignalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"SOLD-OUT already! | sold out", "nothing left in medium | nothing left",
            "Rupture de stock | rupture", "Tout est ÉPUISÉ | tout est epuise", "plus de stock en 38 | plus de stock",
            "les rayons étaient vides | rayons etaient vides"})
    void complaintsInEnglishAndFrench(String text, String phrase) {
        assertThat(StockSignals.match(PhraseSet.padded(text))).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Everything was in stock", "Outstanding service",
            "Le personnel était épuisé", "Rien à redire"})
    void notComplaints(String text) {
        assertThat(StockSignals.match(PhraseSet.padded(text))).isNull();
    }
}
