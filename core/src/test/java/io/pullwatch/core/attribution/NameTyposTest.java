package io.pullwatch.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTyposTest {

    @ParameterizedTest
    @CsvSource({
        "francois, francois, true", "francois, fancois, true", "francois, franccois, true",
        "francois, frnacois, true", "francois, francoise, true", "francois, francoise2, false",
        "martin, matrin, true", "martin, marten, true", "martin, maritn, true", "martin, mratni, false",
        "dupont, dupond, true", "dupont, dupuis, false",
    })
    void oneSubstitutionInsertionDeletionOrSwapIsOneEdit(String a, String b, boolean expected) {
        assertThat(NameTypos.withinOneEdit(a, b)).isEqualTo(expected);
        assertThat(NameTypos.withinOneEdit(b, a)).isEqualTo(expected);
    }

    @Test
    void candidatesAreNameWordsOneEditAwayWithTheRightFirstLetter() {
        NameTypos<String> typos = new NameTypos<>();
        typos.add("francois", "jf");
        typos.add("dupont", "bakery");
        typos.add("marc", "too-short");

        assertThat(typos.candidates("fancois")).containsExactly("jf");
        assertThat(typos.candidates("dupnot")).containsExactly("bakery");
        assertThat(typos.candidates("mark")).isEmpty();
        assertThat(typos.candidates("francois")).as("the exact word is the exact index's job").isEmpty();
        assertThat(typos.candidates("grancois")).as("first letter mistyped").isEmpty();
        assertThat(typos.candidates("boulangerie")).isEmpty();
    }
}
