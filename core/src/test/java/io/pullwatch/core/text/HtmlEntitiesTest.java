package io.pullwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEntitiesTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "I &lt;3 it                | I <3 it",
            "&lt;/3                    | </3",
            "fish &amp; chips          | fish & chips",
            "&gt;:[                    | >:[",
            "&quot;great&quot;         | \"great\"",
            "it&#39;s &apos;ok&apos;   | it's 'ok'",
            "&#x2764; and &#10084;     | \u2764 and \u2764",
            "&amp;lt;                  | &lt;",
    })
    void decodesTheEntitiesSocialApisEscape(String escaped, String plain) {
        assertThat(HtmlEntities.decode(escaped)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "\"{0}\" stays")
    @CsvSource(delimiter = '|', value = {
            "AT&T",
            "R&D; then more",
            "&nbsp; is not decoded",
            "&#; &#x; &#12ab; &#0;",
            "& alone",
            "&#99999999;",
            "ends with &",
    })
    void leavesWhatIsNotAReferenceItDecodes(String text) {
        assertThat(HtmlEntities.decode(text)).isEqualTo(text);
    }

    @Test
    void returnsTheSameInstanceWhenThereIsNothingToDecode() {
        String text = "nothing to see";
        assertThat(HtmlEntities.decode(text)).isSameAs(text);
    }

    @Test
    void tellsWhetherASliceMayHoldAReference() {
        assertThat(HtmlEntities.mayHold("a &lt;3 b", 2, 7)).isTrue();
        assertThat(HtmlEntities.mayHold("a &lt;3 b", 0, 2)).isFalse();
        assertThat(HtmlEntities.mayHold("a &lt;3 b", 7, 9)).isFalse();
    }
}
