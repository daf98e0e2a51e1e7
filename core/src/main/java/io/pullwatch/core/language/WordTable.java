package io.pullwatch.core.language;

import io.pullwatch.core.text.CharSlices;
import java.util.Map;

/**
 * A read-only map from short words to values, looked up straight from a slice of a {@code char[]}. Language
 * identification looks up every word of every text, most of them to find nothing; building a {@code String} per word
 * only to probe a {@code HashMap} cost more than the rest of the work. Open addressing with linear probing over a table
 * at most a quarter full: a miss usually ends on the first empty slot.
 */
final class WordTable<V> {

    private final char[][] keys;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size()) * 4 - 1) << 1;
        keys = new char[capacity][];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((word, value) -> {
            int slot = hash(word.toCharArray(), 0, word.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word.toCharArray();
            values[slot] = value;
        });
    }

    /** @return the value of the word {@code chars[start, end)}, or null if it is not in the table */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int start, int end) {
        int slot = hash(chars, start, end) & mask;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (CharSlices.sameChars(key, chars, start, end)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    boolean contains(char[] chars, int start, int end) {
        return get(chars, start, end) != null;
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        return h ^ (h >>> 16);
    }
}
