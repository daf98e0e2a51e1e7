package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromoCodesTest {

    @Test
    void capitalsEndingInDigitsAndWordsAfterCode() {
        assertThat(PromoCodes.in("The FLASH30 code was refused")).containsExactly("FLASH30");
        assertThat(PromoCodes.in("Le code flash30 marche aussi ?")).containsExactly("FLASH30");
        assertThat(PromoCodes.in("Showed the code DUPONT at the till")).containsExactly("DUPONT");
        assertThat(PromoCodes.in("code promo : BDX30, et STUDENT20")).containsExactly("BDX30", "STUDENT20");
    }

    @Test
    void hashtagsHandlesSizesAndOrdinaryWordsAreNotCodes() {
        assertThat(PromoCodes.in("#flash30 @shop40 XXL M 38 MP3")).isEmpty();
        assertThat(PromoCodes.in("the code was refused")).isEmpty();
        assertThat(PromoCodes.in(null)).isEmpty();
    }
}
