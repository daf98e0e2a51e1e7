package io.pullwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Jean-François         | jean francois",
            "jean francois         | jean francois",
            "JEAN–FRANÇOIS         | jean francois",
            "Élodie Lefèvre        | elodie lefevre",
            "Crème brûlée, où ça ? | creme brulee ou ca",
            "Straße                | straße",
            "#Flash30              | flash30",
            "#ShopLocal!!!         | shoplocal",
            "code:BONJOUR10.       | code bonjour10",
            "'  lots   of\tspace ' | lots of space",
            "l’accueil était top   | l accueil etait top",
    })
    void foldsCaseAccentsAndSeparators(String text, String folded) {
        assertThat(TextNormalizer.fold(text)).isEqualTo(folded);
    }

    @Test
    void precomposedAndDecomposedAccentsFoldAlike() {
        String precomposed = "Fran\u00e7ois";
        String decomposed = "Franc\u0327ois";

        assertThat(TextNormalizer.fold(decomposed)).isEqualTo(TextNormalizer.fold(precomposed)).isEqualTo("francois");
    }

    @Test
    void nullEmptyAndPunctuationOnlyFoldToEmpty() {
        assertThat(TextNormalizer.fold(null)).isEmpty();
        assertThat(TextNormalizer.fold("")).isEmpty();
        assertThat(TextNormalizer.fold("!!! ... ???")).isEmpty();
        assertThat(TextNormalizer.fold("🔥🔥🔥")).isEmpty();
    }

    @Test
    void tokensSplitTheFoldedText() {
        assertThat(TextNormalizer.tokens("Merci Jean-François pour le #Flash30 !"))
                .containsExactly("merci", "jean", "francois", "pour", "le", "flash30");
    }

    @Test
    void tokensOfUrlsExposeTheirParts() {
        assertThat(TextNormalizer.tokens("https://shop.example/promo?code=BONJOUR10&utm=x"))
                .containsExactly("https", "shop", "example", "promo", "code", "bonjour10", "utm", "x");
    }

    @Test
    void tokensOfNothingAreEmpty() {
        assertThat(TextNormalizer.tokens(null)).isEmpty();
        assertThat(TextNormalizer.tokens("  -- ")).isEmpty();
    }

    /** The one-pass folding gives what decomposing, unmarking, lower-casing and splitting the whole text gives. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ça va? Très bien, l'été à Besançon ÇA VA",
            "Œuvre cœur ŒIL, Ærø, façade naïve, Noël",
            "İstanbul ÅNGSTRÖM ǅemal",
            "Привет, МИР! Ελλάδα 日本語テキスト",
            "emoji 😡🔥 between👍words, e-mail: a.b@c.fr #Promo_2025",
            "tab\tand\u00a0nbsp, ½ ² ③ ⅷ",
    })
    void foldsLikeTheWholeTextReference(String text) {
        assertThat(TextNormalizer.fold(text)).isEqualTo(reference(text));
    }

    private static String reference(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        String unmarked = decomposed.replaceAll("\\p{M}+", "");
        return unmarked.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
