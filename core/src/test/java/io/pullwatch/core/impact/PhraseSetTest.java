package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private final PhraseSet stock = PhraseSet.of("Sold-out", "out", "plus de stock", "épuisé");

    @Test
    void phrasesMatchAsWholeWordsOnFoldedText() {
        assertThat(stock.firstIn(PhraseSet.padded("Everything SOLD OUT by noon!"))).isEqualTo("sold out");
        assertThat(stock.firstIn(PhraseSet.padded("Plus de stock, tout est Épuisé."))).isEqualTo("plus de stock");
        assertThat(stock.firstIn(PhraseSet.padded("Épuisé"))).isEqualTo("epuise");
    }

    @Test
    void aPhraseInsideALongerWordDoesNotMatchButALaterWholeOneDoes() {
        assertThat(stock.firstIn(PhraseSet.padded("An outstanding shop"))).isNull();
        assertThat(stock.firstIn(PhraseSet.padded("An outstanding shop, checkout"))).isNull();
        assertThat(stock.firstIn(PhraseSet.padded("Outstanding, but we were let out early"))).isEqualTo("out");
    }

    @Test
    void theFirstPhraseOfTheSetWins() {
        assertThat(stock.firstIn(PhraseSet.padded("out of luck: sold out"))).isEqualTo("sold out");
    }
}
