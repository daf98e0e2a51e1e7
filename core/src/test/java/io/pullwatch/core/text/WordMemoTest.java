package io.pullwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void findsWordsInsideLargerArrays() {
        WordMemo<String> memo = new WordMemo<>(10);
        char[] text = "xthe les ab".toCharArray();
        memo.put(text, 1, 4, "the");
        memo.put(text, 5, 8, "les");
        memo.put(text, 4, 4, "empty");
        assertThat(memo.get("the".toCharArray(), 0, 3)).isEqualTo("the");
        assertThat(memo.get(text, 5, 8)).isEqualTo("les");
        assertThat(memo.get(text, 9, 9)).isEqualTo("empty");
        assertThat(memo.get(text, 0, 4)).isNull(); // "xthe"
        assertThat(memo.get(text, 9, 11)).isNull(); // "ab"
    }

    @Test
    void keepsACopyOfTheWord() {
        WordMemo<Integer> memo = new WordMemo<>(10);
        char[] chars = "queue".toCharArray();
        memo.put(chars, 0, 5, 1);
        chars[0] = 'x';
        assertThat(memo.get("queue".toCharArray(), 0, 5)).isEqualTo(1);
        assertThat(memo.get(chars, 0, 5)).isNull();
    }

    @Test
    void tellsLongAndNonLatinWordsFromPackedOnes() {
        WordMemo<String> memo = new WordMemo<>(10);
        for (String word : new String[] {"abcdefg", "abcdefgh", "l\u2019accueil", "caf\u00e9", "\u0000", ""}) {
            memo.put(word.toCharArray(), 0, word.length(), word);
        }
        for (String word : new String[] {"abcdefg", "abcdefgh", "l\u2019accueil", "caf\u00e9", "\u0000", ""}) {
            assertThat(memo.get(word.toCharArray(), 0, word.length())).isEqualTo(word);
        }
        assertThat(memo.get("abcdefgi".toCharArray(), 0, 8)).isNull();
        assertThat(memo.get("l'accueil".toCharArray(), 0, 9)).isNull();
        assertThat(memo.get("\u0000\u0000".toCharArray(), 0, 2)).isNull();
    }

    @Test
    void replacesTheValueOfAWordStoredAgain() {
        WordMemo<Integer> memo = new WordMemo<>(10);
        memo.put("a".toCharArray(), 0, 1, 1);
        memo.put("a".toCharArray(), 0, 1, 2);
        assertThat(memo.get("a".toCharArray(), 0, 1)).isEqualTo(2);
        assertThat(memo.size()).isEqualTo(1);
    }

    @Test
    void growsPastItsFirstTable() {
        WordMemo<Integer> memo = new WordMemo<>(100_000);
        for (int i = 0; i < 20_000; i++) {
            char[] word = ("w" + i).toCharArray();
            memo.put(word, 0, word.length, i);
        }
        for (int i = 0; i < 20_000; i++) {
            char[] word = ("w" + i).toCharArray();
            assertThat(memo.get(word, 0, word.length)).isEqualTo(i);
        }
        assertThat(memo.get("w20000".toCharArray(), 0, 6)).isNull();
        assertThat(memo.size()).isEqualTo(20_000);
    }

    @Test
    void isEmptiedWhenFull() {
        WordMemo<Integer> memo = new WordMemo<>(3);
        for (String word : new String[] {"a", "b", "c", "d"}) {
            memo.put(word.toCharArray(), 0, 1, (int) word.charAt(0));
        }
        assertThat(memo.size()).isEqualTo(1);
        assertThat(memo.get("a".toCharArray(), 0, 1)).isNull();
        assertThat(memo.get("d".toCharArray(), 0, 1)).isEqualTo((int) 'd');
    }

    @Test
    void refusesNoRoomAndNullValues() {
        assertThatThrownBy(() -> new WordMemo<>(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordMemo<>((1 << 24) + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordMemo<String>(1).put("a".toCharArray(), 0, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
