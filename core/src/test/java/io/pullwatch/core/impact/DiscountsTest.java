package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscountsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Flash sale -30% on winter coats | 30",
            "Flash sale - 30 % on coats | 30",
            "Got 50% off at the till | 50",
            "30 % de réduction sur tout | 30",
            "une remise de 20 % pour les étudiants | 20",
            "discount of 15% with the card | 15",
            "Thirty percent off every winter coat | 30",
            "vingt cinq pour cent de remise | 25",
            "Half price on jeans | 50",
            "moitié prix sur les jeans | 50",
            "2 pour 1 sur les t-shirts | 50",
            "buy one get one free on socks | 50",
            "3 for 2 on all knitwear | 33",
            "jusqu'à -70 % sur la collection | 70",
            "-60 % en caisse au lieu de -40 % | 40;60"})
    void discountsInEnglishAndFrench(String text, String expected) {
        List<Integer> values = java.util.Arrays.stream(expected.split(";")).map(Integer::valueOf).toList();

        assertThat(Discounts.in(text)).isEqualTo(values);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"100% cotton jumper", "90 % des clients sont contents",
            "Size 38, 2 pairs for my kids", "FLASH40 worked", "Prices are fair for the quality"})
    void aBarePercentageOrNumberIsNoDiscount(String text) {
        assertThat(Discounts.in(text)).isEmpty();
    }
}
