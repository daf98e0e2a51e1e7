package io.pullwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void findsWordsInsideLargerArrays() {
        WordMemo memo = new WordMemo(10);
        WordMemo.Column<String> column = new WordMemo.Column<>("test");
        char[] text = "xthe les ab".toCharArray();
        memo.put(column, text, 1, 4, "the");
        memo.put(column, text, 5, 8, "les");
        memo.put(column, text, 4, 4, "empty");
        assertThat(memo.get(column, "the".toCharArray(), 0, 3)).isEqualTo("the");
        assertThat(memo.get(column, text, 5, 8)).isEqualTo("les");
        assertThat(memo.get(column, text, 9, 9)).isEqualTo("empty");
        assertThat(memo.get(column, text, 0, 4)).isNull(); // "xthe"
        assertThat(memo.get(column, text, 9, 11)).isNull(); // "ab"
    }

    @Test
    void keepsACopyOfTheWord() {
        WordMemo memo = new WordMemo(10);
        WordMemo.Column<Integer> column = new WordMemo.Column<>("test");
        char[] chars = "queue".toCharArray();
        memo.put(column, chars, 0, 5, 1);
        chars[0] = 'x';
        assertThat(memo.get(column, "queue".toCharArray(), 0, 5)).isEqualTo(1);
        assertThat(memo.get(column, chars, 0, 5)).isNull();
    }

    @Test
    void tellsLongAndNonLatinWordsFromPackedOnes() {
        WordMemo memo = new WordMemo(10);
        WordMemo.Column<String> column = new WordMemo.Column<>("test");
        for (String word : new String[] {"abcdefg", "abcdefgh", "l\u2019accueil", "caf\u00e9", "\u0000", ""}) {
            memo.put(column, word.toCharArray(), 0, word.length(), word);
        }
        for (String word : new String[] {"abcdefg", "abcdefgh", "l\u2019accueil", "caf\u00e9", "\u0000", ""}) {
            assertThat(memo.get(column, word.toCharArray(), 0, word.length())).isEqualTo(word);
        }
        assertThat(memo.get(column, "abcdefgi".toCharArray(), 0, 8)).isNull();
        assertThat(memo.get(column, "l'accueil".toCharArray(), 0, 9)).isNull();
        assertThat(memo.get(column, "\u0000\u0000".toCharArray(), 0, 2)).isNull();
    }

    @Test
    void replacesTheValueOfAWordStoredAgain() {
        WordMemo memo = new WordMemo(10);
        WordMemo.Column<Integer> column = new WordMemo.Column<>("test");
        memo.put(column, "a".toCharArray(), 0, 1, 1);
        memo.put(column, "a".toCharArray(), 0, 1, 2);
        assertThat(memo.get(column, "a".toCharArray(), 0, 1)).isEqualTo(2);
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void growsPastItsFirstTable() {
        WordMemo memo = new WordMemo(100_000);
        WordMemo.Column<Integer> column = new WordMemo.Column<>("test");
        for (int i = 0; i < 20_000; i++) {
            char[] word = ("w" + i).toCharArray();
            memo.put(column, word, 0, word.length, i);
        }
        for (int i = 0; i < 20_000; i++) {
            char[] word = ("w" + i).toCharArray();
            assertThat(memo.get(column, word, 0, word.length)).isEqualTo(i);
        }
        assertThat(memo.get(column, "w20000".toCharArray(), 0, 6)).isNull();
        assertThat(memo.size()).isEqualTo(20_000);
    }

    @Test
    void isEmptiedWhenFull() {
        WordMemo memo = new WordMemo(3);
        WordMemo.Column<Integer> column = new WordMemo.Column<>("test");
        for (String word : new String[] {"a", "b", "c", "d"}) {
            memo.put(column, word.toCharArray(), 0, 1, (int) word.charAt(0));
        }
        assertThat(memo.size()).isEqualTo(1);
        assertThat(memo.get(column, "a".toCharArray(), 0, 1)).isNull();
        assertThat(memo.get(column, "d".toCharArray(), 0, 1)).isEqualTo((int) 'd');
    }

    @Test
    void refusesNoRoomAndNullValues() {
        assertThatThrownBy(() -> new WordMemo(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordMemo((1 << 24) + 1)).isInstanceOf(IllegalArgumentException.class);
        WordMemo.Column<String> column = new WordMemo.Column<>("test");
        assertThatThrownBy(() -> new WordMemo(1).put(column, "a".toCharArray(), 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsEachColumnsValuesApart() {
        WordMemo memo = new WordMemo(10);
        WordMemo.Column<String> tokens = new WordMemo.Column<>("tokens");
        WordMemo.Column<Integer> terms = new WordMemo.Column<>("terms");
        char[] word = "queue".toCharArray();
        memo.put(tokens, word, 0, 5, "q");
        assertThat(memo.get(terms, word, 0, 5)).isNull();
        memo.put(terms, word, 0, 5, 7);
        assertThat(memo.get(tokens, word, 0, 5)).isEqualTo("q");
        assertThat(memo.get(terms, word, 0, 5)).isEqualTo(7);
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void keepsValuesWhileColumnsJoinAndStartsAfreshPastTheirLimit() {
        WordMemo memo = new WordMemo(1000);
        List<WordMemo.Column<Integer>> columns = new ArrayList<>();
        for (int c = 0; c < WordMemo.MAX_COLUMNS; c++) {
            columns.add(new WordMemo.Column<>("c" + c));
            for (int w = 0; w < 600; w++) {
                char[] word = ("w" + w).toCharArray();
                memo.put(columns.get(c), word, 0, word.length, 1000 * c + w);
            }
        }
        for (int c = 0; c < WordMemo.MAX_COLUMNS; c++) {
            for (int w = 0; w < 600; w++) {
                char[] word = ("w" + w).toCharArray();
                assertThat(memo.get(columns.get(c), word, 0, word.length)).isEqualTo(1000 * c + w);
            }
        }
        WordMemo.Column<Integer> oneTooMany = new WordMemo.Column<>("extra");
        memo.put(oneTooMany, "w1".toCharArray(), 0, 2, -1);
        assertThat(memo.get(oneTooMany, "w1".toCharArray(), 0, 2)).isEqualTo(-1);
        assertThat(memo.get(columns.get(0), "w1".toCharArray(), 0, 2)).isNull();
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void givesEachThreadItsOwnMemo() throws InterruptedException {
        WordMemo mine = WordMemo.ofThisThread();
        WordMemo[] theirs = new WordMemo[1];
        Thread other = new Thread(() -> theirs[0] = WordMemo.ofThisThread());
        other.start();
        other.join();
        assertThat(WordMemo.ofThisThread()).isSameAs(mine);
        assertThat(theirs[0]).isNotNull().isNotSameAs(mine);
    }

    @Test
    void looksUpAllChunksOfATextAndFindsThoseStoredSince() {
        WordMemo memo = new WordMemo(10);
        WordMemo.Column<String> tokens = new WordMemo.Column<>("tokens");
        WordMemo.Column<String> terms = new WordMemo.Column<>("terms");
        WhiteSpaceChunks chunks = WhiteSpaceChunks.of("staff, lovely queue " + "x".repeat(50));
        memo.put(tokens, chunks.chars(), chunks.start(0), chunks.end(0), "staff,");
        Object[] found = new Object[chunks.count()];
        memo.getAll(tokens, chunks, 40, found);
        assertThat(found).containsExactly("staff,", null, null, null);

        memo.put(tokens, chunks.chars(), chunks.start(2), chunks.end(2), "queue");
        memo.put(terms, chunks.chars(), chunks.start(2), chunks.end(2), "queue term");
        memo.put(terms, chunks.chars(), chunks.start(3), chunks.end(3), "too long to be looked up");
        memo.getAll(tokens, chunks, 40, found);
        assertThat(found).containsExactly("staff,", null, "queue", null);
        memo.getAll(terms, chunks, 40, found);
        assertThat(found).containsExactly(null, null, "queue term", null);
    }

    @Test
    void looksChunksUpAfreshOnceTheMemoWasEmptied() {
        WordMemo memo = new WordMemo(2);
        WordMemo.Column<String> column = new WordMemo.Column<>("tokens");
        WhiteSpaceChunks chunks = WhiteSpaceChunks.of("a b c");
        memo.put(column, chunks.chars(), 0, 1, "a");
        memo.put(column, chunks.chars(), 2, 3, "b");
        Object[] found = new Object[3];
        memo.getAll(column, chunks, 40, found);
        assertThat(found).containsExactly("a", "b", null);

        memo.put(column, chunks.chars(), 4, 5, "c"); // full: emptied first, "c" now has the entry "a" had
        memo.getAll(column, chunks, 40, found);
        assertThat(found).containsExactly(null, null, "c");
    }
}
