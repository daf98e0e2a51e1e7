package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffBrandLexiconTest {

    @Test
    void theShippedListFindsTermsInEnglishAndFrenchWhateverTheirAccentsAndCase() {
        OffBrandLexicon lexicon = OffBrandLexicon.fromClasspath();

        assertThat(lexicon.match(PhraseSet.padded("OPEN-BAR tonight"))).isEqualTo("open bar");
        assertThat(lexicon.match(PhraseSet.padded("Des clients IVRES"))).isEqualTo("ivres");
        assertThat(lexicon.match(PhraseSet.padded("une contrefaçon évidente"))).isEqualTo("contrefacon");
        assertThat(lexicon.match(PhraseSet.padded("a joint operation with the bakery"))).isNull();
    }

    @Test
    void theConfigCopyIsTheShippedList() throws IOException {
        assertThat(OffBrandLexicon.fromFile(Path.of("..", "config", "off-brand-terms.txt")))
                .isEqualTo(OffBrandLexicon.fromClasspath());
    }

    @Test
    void aFileOfOneTermALineWithComments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("terms.txt");
        Files.writeString(file, "# ours\nvape shop  # competitors\n\ntabac\n");

        OffBrandLexicon lexicon = OffBrandLexicon.fromFile(file);

        assertThat(lexicon.terms().phrases()).containsExactly("vape shop", "tabac");
        assertThat(lexicon.match(PhraseSet.padded("like a vape shop"))).isEqualTo("vape shop");
    }

    @Test
    void anEmptyListIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "# nothing\n");

        assertThatThrownBy(() -> OffBrandLexicon.fromFile(file)).hasMessageContaining("no term");
    }
}
