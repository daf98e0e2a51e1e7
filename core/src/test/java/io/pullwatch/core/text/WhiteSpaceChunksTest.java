package io.pullwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhiteSpaceChunksTest {

    @Test
    void splitsAtWhiteSpaceKeepingPunctuationInTheChunk() {
        assertThat(chunksOf("  Staff, lovely!\tbut\u00a0the\u2003queue :-( ")).containsExactly(
                "Staff,", "lovely!", "but\u00a0the", "queue", ":-(");
        assertThat(chunksOf("")).isEmpty();
        assertThat(chunksOf(" \n ")).isEmpty();
    }

    @Test
    void countsBlankLinesBeforeEachChunkAndAfterTheLast() {
        WhiteSpaceChunks chunks = WhiteSpaceChunks.of("\n\nfirst\nsecond \n \n\nthird\n\n");
        assertThat(chunks.count()).isEqualTo(3);
        assertThat(chunks.blankLinesBefore(0)).isEqualTo(1);
        assertThat(chunks.blankLinesBefore(1)).isZero();
        assertThat(chunks.blankLinesBefore(2)).isEqualTo(1); // "\n \n" is not two line feeds in a row
        assertThat(chunks.blankLinesBefore(3)).isEqualTo(1);
    }

    @Test
    void treatsAsWhiteSpaceWhatJavaDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            int expected = Character.isWhitespace(c) ? 2 : 1;
            assertThat(WhiteSpaceChunks.of("a" + c + "b").count()).as("U+%04X", (int) c).isEqualTo(expected);
        }
    }

    @Test
    void sharesTheChunksOfTheTextSplitLastOnThisThread() {
        String text = "same text";
        WhiteSpaceChunks first = WhiteSpaceChunks.of(text);
        assertThat(WhiteSpaceChunks.of(text)).isSameAs(first);
        assertThat(WhiteSpaceChunks.of(new String(text))).isNotSameAs(first);
    }

    private static List<String> chunksOf(String text) {
        WhiteSpaceChunks chunks = WhiteSpaceChunks.of(text);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < chunks.count(); k++) {
            out.add(new String(chunks.chars(), chunks.start(k), chunks.end(k) - chunks.start(k)));
        }
        return out;
    }
}
