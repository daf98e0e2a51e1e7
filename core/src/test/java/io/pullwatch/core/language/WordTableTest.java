package io.pullwatch.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void findsWordsInsideLargerArrays() {
        WordTable<Integer> table = new WordTable<>(Map.of("the", 1, "les", 2, "a", 3));
        char[] text = "xthe les ab".toCharArray();
        assertThat(table.get(text, 1, 4)).isEqualTo(1);
        assertThat(table.get(text, 5, 8)).isEqualTo(2);
        assertThat(table.get(text, 9, 10)).isEqualTo(3);
        assertThat(table.get(text, 9, 11)).isNull(); // "ab"
        assertThat(table.get(text, 0, 4)).isNull(); // "xthe"
        assertThat(table.contains(text, 4, 4)).isFalse(); // the empty word
    }

    @Test
    void holdsManyWords() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            words.put("w" + i, i);
        }
        WordTable<Integer> table = new WordTable<>(words);
        words.forEach((word, value) -> assertThat(table.get(word.toCharArray(), 0, word.length())).isEqualTo(value));
        assertThat(table.get("w2000".toCharArray(), 0, 5)).isNull();
    }
}
