package io.pullwatch.core.text;

import java.util.Arrays;

/**
 * What was worked out about each word seen before (its analysis, its lexicon entry), looked up straight from a slice of
 * a {@code char[]}. The text stage looks up every word of every text in such memos, so a {@code String} per word, only
 * to hash it and compare it once with a {@code ConcurrentHashMap}'s key, cost more than the work the memo saves: here a
 * word is hashed from the characters it is read from, and compared with a stored key only when the hashes agree.
 *
 * <p>Open addressing with linear probing over a table at most half full, grown as words come. Bounded: emptied when it
 * holds {@code maxWords}, so that a stream of never-repeated junk cannot grow it without bound; what it held is then
 * worked out again on demand, with the same result. Not thread-safe, and meant to stay so: keep one per thread
 * ({@link ThreadLocal}), which spares every lookup the cost of a concurrent map.
 */
public final class WordMemo<V> {

    private static final int FIRST_CAPACITY = 1024;
    /** Fibonacci hashing spreads the string hash over the table's bits; linear probing needs that. */
    private static final int SPREAD = 0x9E3779B9;
    /** Words of at most this many Latin-1 characters are stored packed, one byte a character, in two longs. */
    private static final int MAX_PACKED = 16;
    private static final int LONGS_PER_SLOT = 3;

    private final int maxWords;
    /**
     * Three longs a slot: a header (0 for an empty slot; see {@link #header}), then the word itself, packed, when it
     * is short and Latin-1 (nearly every word and chunk of a text is). A lookup then reads one place of the table and
     * the value, rather than also an index of keys and the key: on tables larger than the processor's cache, each of
     * those reads waits for memory.
     */
    private long[] slots;
    /** The words too long or too far into Unicode to be packed, by slot; null for the others. */
    private char[][] longWords;
    private Object[] values;
    private int shift;
    private int size;

    /** @param maxWords how many words it holds before it is emptied */
    public WordMemo(int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be positive: " + maxWords);
        }
        this.maxWords = maxWords;
        allocate(FIRST_CAPACITY);
    }

    /** @return the value stored for the word {@code chars[start, end)}, or null */
    @SuppressWarnings("unchecked")
    public V get(char[] chars, int start, int end) {
        int slot = find(chars, start, end, header(chars, start, end));
        return slot < 0 ? null : (V) values[slot];
    }

    /** Stores {@code value} (not null) for the word {@code chars[start, end)}, copying the word. */
    public void put(char[] chars, int start, int end, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        long header = header(chars, start, end);
        int found = find(chars, start, end, header);
        if (found >= 0) {
            values[found] = value;
            return;
        }
        if (size >= maxWords) {
            allocate(FIRST_CAPACITY); // a stream of ever-new words: start afresh rather than grow without bound
            size = 0;
        } else if (2 * (size + 1) > values.length) {
            grow();
        }
        int slot = emptySlot(header);
        int at = LONGS_PER_SLOT * slot;
        slots[at] = header;
        if (isPacked(header)) {
            slots[at + 1] = pack(chars, start, Math.min(end, start + 8));
            slots[at + 2] = pack(chars, Math.min(end, start + 8), end);
        } else {
            longWords[slot] = Arrays.copyOfRange(chars, start, end);
        }
        values[slot] = value;
        size++;
    }

    /** How many words it holds. */
    public int size() {
        return size;
    }

    /** The slot holding the word, or -1. */
    private int find(char[] chars, int start, int end, long header) {
        int mask = values.length - 1;
        for (int slot = slot(header); slots[LONGS_PER_SLOT * slot] != 0; slot = (slot + 1) & mask) {
            int at = LONGS_PER_SLOT * slot;
            if (slots[at] == header && (isPacked(header)
                    ? slots[at + 1] == pack(chars, start, Math.min(end, start + 8))
                            && slots[at + 2] == pack(chars, Math.min(end, start + 8), end)
                    : matches(longWords[slot], chars, start, end))) {
                return slot;
            }
        }
        return -1;
    }

    private int emptySlot(long header) {
        int mask = values.length - 1;
        int slot = slot(header);
        while (slots[LONGS_PER_SLOT * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldSlots = slots;
        char[][] oldLongWords = longWords;
        Object[] oldValues = values;
        allocate(2 * oldValues.length);
        for (int old = 0; old < oldValues.length; old++) {
            long header = oldSlots[LONGS_PER_SLOT * old];
            if (header != 0) {
                int slot = emptySlot(header);
                System.arraycopy(oldSlots, LONGS_PER_SLOT * old, slots, LONGS_PER_SLOT * slot, LONGS_PER_SLOT);
                longWords[slot] = oldLongWords[old];
                values[slot] = oldValues[old];
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[LONGS_PER_SLOT * capacity];
        longWords = new char[capacity][];
        values = new Object[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    private int slot(long header) {
        return ((int) (header >>> 32) * SPREAD) >>> shift;
    }

    /** {@code Arrays.equals} on ranges costs more than this plain loop on words of a few letters. */
    private static boolean matches(char[] key, char[] chars, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (key[k] != chars[start + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word's hash in the high half (a hash of 0 taken as 1, so that no header is 0), its length, and in the lowest
     * bit whether it is stored packed: two words with the same header are both packed or both not.
     */
    private static long header(char[] chars, int start, int end) {
        int h = 0;
        boolean latin1 = true;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            h = 31 * h + c;
            latin1 &= c <= 0xFF;
        }
        boolean packed = latin1 && end - start <= MAX_PACKED;
        return (long) (h == 0 ? 1 : h) << 32 | (long) (end - start) << 1 | (packed ? 1 : 0);
    }

    private static boolean isPacked(long header) {
        return (header & 1) != 0;
    }

    /** Up to eight Latin-1 characters, one byte each; the header holds the length that tells "a" from "\0a". */
    private static long pack(char[] chars, int start, int end) {
        long packed = 0;
        for (int i = start; i < end; i++) {
            packed = packed << 8 | chars[i];
        }
        return packed;
    }
}
