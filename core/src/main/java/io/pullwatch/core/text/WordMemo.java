package io.pullwatch.core.text;

import java.util.Arrays;

/**
 * What was worked out about each word seen before (its analysis, its lexicon entry), looked up straight from a slice of
 * a {@code char[]}. The text stage looks up every word of every text in such memos, so a {@code String} per word, only
 * to hash it and compare it once with a {@code ConcurrentHashMap}'s key, cost more than the work the memo saves: here a
 * word is hashed from the characters it is read from, and compared with a stored key only when the hashes agree.
 *
 * <p>Open addressing with linear probing over a table at most three quarters full, grown as words come. Each slot
 * holds the word's hash, its length and, for the short Latin-1 words that nearly all words and chunks of a text are,
 * the word itself packed one byte a character: a lookup reads one place of the table rather than also an array of keys
 * and the key. On tables larger than the processor's cache each of those reads waits for memory, which is what a
 * lookup costs; a fuller table is smaller, so more of it stays in the cache, and the extra probes of a fuller table
 * read the slots next door.
 *
 * <p>One memo per thread ({@link #ofThisThread()}) serves every analysis that reads the same words, each through a
 * {@link Column} of its own: the sentiment tokenizer and the aspect matcher read the same chunks of the same text one
 * after the other, so the second finds the slots the first has just brought into the processor's cache, and the
 * values of one word sit side by side. Values are kept in the order the words came, so the frequent words, which come
 * first, have theirs side by side too.
 *
 * <p>Bounded: emptied when it holds {@code maxWords}, so that a stream of never-repeated junk cannot grow it without
 * bound; what it held is then worked out again on demand, with the same result. Also emptied when a thread has more
 * analyses than {@link #MAX_COLUMNS} (tests build many; a job has a few). Not thread-safe, and meant to stay so: one
 * per thread spares every lookup the cost of a concurrent map.
 */
public final class WordMemo {

    /**
     * What one analysis keeps per word. A handle compared by identity: each analysis makes its own once and uses it on
     * every thread.
     */
    public static final class Column<V> {
        private final String name;

        public Column(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Analyses sharing one thread's memo before it starts afresh; a job's text stage has four (two per language). */
    static final int MAX_COLUMNS = 8;
    /** Words held by each thread's memo: both languages' chunks, for every analysis (about 20 MB when full). */
    static final int MAX_WORDS_PER_THREAD = 250_000;

    private static final ThreadLocal<WordMemo> PER_THREAD =
            ThreadLocal.withInitial(() -> new WordMemo(MAX_WORDS_PER_THREAD));

    private static final int FIRST_CAPACITY = 1024;
    /** Fibonacci hashing spreads the string hash over the table's bits; linear probing needs that. */
    private static final int SPREAD = 0x9E3779B9;
    /** Words of at most this many Latin-1 characters are stored packed, one byte a character, in two longs. */
    private static final int MAX_PACKED = 16;
    private static final int LONGS_PER_SLOT = 3;
    /** A slot's first long: the hash (high half), the entry's index, the length (capped) and whether it is packed. */
    private static final int INDEX_SHIFT = 8;
    private static final long INDEX_BITS = 0xFFFFFFL << INDEX_SHIFT;
    private static final int MAX_WORDS = (int) (INDEX_BITS >>> INDEX_SHIFT) + 1;
    private static final int MAX_LENGTH_BITS = 0x7F;

    private final int maxWords;
    /** Three longs a slot: header with the entry's index (0 for an empty slot, see {@link #header}), packed word. */
    private long[] slots;
    /** By entry, in the order the words came: the word when it is not packed (null otherwise). */
    private char[][] longWords;
    /** By entry, then by column: {@code values[entry * stride + column]}. */
    private Object[] values;
    /** The columns in use, by their place in an entry's values. */
    private final Column<?>[] columns = new Column<?>[MAX_COLUMNS];
    private int columnCount;
    /** Room for this many columns in each entry's values; doubled as analyses join, up to {@link #MAX_COLUMNS}. */
    private int stride = 1;
    private int shift;
    private int size;
    /** Scratch for {@link #entriesOf}: the header of each chunk of the text being looked up, 0 for none. */
    private long[] headers = new long[64];
    /**
     * Where {@link #entriesOf} leaves the sum of the slots it touched: a result that is kept, so that the compiler does
     * not drop the reads whose only purpose is to bring the slots into the cache.
     */
    private long lastTouched;
    /** Replaced whenever the memo is emptied: entries found before then are no longer this memo's. */
    private Object epoch;

    /** @param maxWords how many words it holds before it is emptied, at most 2<sup>24</sup> */
    public WordMemo(int maxWords) {
        if (maxWords < 1 || maxWords > MAX_WORDS) {
            throw new IllegalArgumentException("maxWords must be between 1 and " + MAX_WORDS + ": " + maxWords);
        }
        this.maxWords = maxWords;
        empty();
    }

    /** The memo of the calling thread, shared by every analysis that runs on it. */
    public static WordMemo ofThisThread() {
        return PER_THREAD.get();
    }

    /** @return the value {@code column} holds for the word {@code chars[start, end)}, or null */
    @SuppressWarnings("unchecked")
    public <V> V get(Column<V> column, char[] chars, int start, int end) {
        int place = placeOf(column);
        if (place < 0) {
            return null;
        }
        int entry = find(chars, start, end, header(chars, start, end));
        return entry < 0 ? null : (V) values[entry * stride + place];
    }

    /**
     * Looks up all chunks of a text at once: {@code found[k]} becomes the value {@code column} holds for chunk
     * {@code k}, or null, for every chunk of at most {@code maxLength} characters (null for longer ones). The chunks'
     * slots are all found before any value is read, so that the processor waits for the memory holding them together
     * instead of one chunk after another: the words a memo is worth having for are the rare ones, which are not in
     * its cache. The chunks keep where they were found, so that the next analysis of the same text reads its values
     * without looking the chunks up again.
     */
    public void getAll(Column<?> column, WhiteSpaceChunks chunks, int maxLength, Object[] found) {
        int place = placeOf(column);
        int count = chunks.count();
        if (place < 0) {
            Arrays.fill(found, 0, count, null);
            return;
        }
        int[] entries = entriesOf(chunks, maxLength);
        for (int k = 0; k < count; k++) {
            found[k] = entries[k] < 0 ? null : values[entries[k] * stride + place];
        }
    }

    /**
     * The entry of each chunk, or -1: those found for the same chunks since the memo was last emptied, and the others
     * looked up (again, as the analysis before may have stored them since). Three loops: hash every chunk, read every
     * chunk's first slot, then compare. The second loop's reads do not depend on each other, so the processor sends
     * them to memory together, and the comparisons then find the slots in its cache; looked up one chunk at a time,
     * each chunk's probe waited for the one before.
     */
    private int[] entriesOf(WhiteSpaceChunks chunks, int maxLength) {
        int count = chunks.count();
        boolean known = chunks.memoEpoch == epoch;
        if (!known) {
            chunks.memoEntries = new int[count];
            chunks.memoEpoch = epoch;
        }
        int[] entries = chunks.memoEntries;
        char[] chars = chunks.chars();
        if (headers.length < count) {
            headers = new long[Math.max(count, 2 * headers.length)];
        }
        for (int k = 0; k < count; k++) {
            int start = chunks.start(k);
            int end = chunks.end(k);
            boolean wanted = (!known || entries[k] < 0) && end - start <= maxLength;
            headers[k] = wanted ? header(chars, start, end) : 0L;
            if (!known) {
                entries[k] = -1;
            }
        }
        long touched = 0;
        for (int k = 0; k < count; k++) {
            if (headers[k] != 0L) {
                touched += slots[LONGS_PER_SLOT * slot(headers[k])];
            }
        }
        lastTouched = touched;
        for (int k = 0; k < count; k++) {
            if (headers[k] != 0L) {
                entries[k] = find(chars, chunks.start(k), chunks.end(k), headers[k]);
            }
        }
        return entries;
    }

    /** Stores {@code value} (not null) in {@code column} for the word {@code chars[start, end)}, copying the word. */
    public <V> void put(Column<V> column, char[] chars, int start, int end, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int place = placeOf(column);
        if (place < 0) {
            place = join(column);
        }
        long header = header(chars, start, end);
        int found = find(chars, start, end, header);
        if (found >= 0) {
            values[found * stride + place] = value;
            return;
        }
        if (size >= maxWords) {
            empty(); // a stream of ever-new words: start afresh rather than grow without bound
        } else if (4 * (size + 1) > 3 * (slots.length / LONGS_PER_SLOT)) {
            grow();
        }
        if (size * stride == values.length) {
            values = Arrays.copyOf(values, Math.min(maxWords, 2 * size) * stride);
            longWords = Arrays.copyOf(longWords, values.length / stride);
        }
        int entry = size++;
        int at = LONGS_PER_SLOT * emptySlot(header);
        slots[at] = header | (long) entry << INDEX_SHIFT;
        if (isPacked(header)) {
            slots[at + 1] = pack(chars, start, Math.min(end, start + 8));
            slots[at + 2] = pack(chars, Math.min(end, start + 8), end);
        } else {
            longWords[entry] = Arrays.copyOfRange(chars, start, end);
        }
        values[entry * stride + place] = value;
    }

    /** How many words it holds. */
    public int size() {
        return size;
    }

    /** Where {@code column} is in an entry's values, or -1 when it has stored nothing since the memo was emptied. */
    private int placeOf(Column<?> column) {
        for (int place = 0; place < columnCount; place++) {
            if (columns[place] == column) {
                return place;
            }
        }
        return -1;
    }

    /** Makes room for a new column: in each entry's values when there is room, else by starting afresh. */
    private int join(Column<?> column) {
        if (columnCount == MAX_COLUMNS) {
            Arrays.fill(columns, null);
            columnCount = 0;
            empty();
        } else if (columnCount == stride) {
            Object[] wider = new Object[values.length * 2];
            for (int entry = 0; entry < size; entry++) {
                System.arraycopy(values, entry * stride, wider, entry * 2 * stride, stride);
            }
            values = wider;
            stride *= 2;
        }
        columns[columnCount] = column;
        return columnCount++;
    }

    /** The entry of the word, or -1. */
    private int find(char[] chars, int start, int end, long header) {
        int mask = slots.length / LONGS_PER_SLOT - 1;
        for (int slot = slot(header); slots[LONGS_PER_SLOT * slot] != 0; slot = (slot + 1) & mask) {
            int at = LONGS_PER_SLOT * slot;
            if ((slots[at] & ~INDEX_BITS) != header) {
                continue;
            }
            int entry = (int) ((slots[at] & INDEX_BITS) >>> INDEX_SHIFT);
            if (isPacked(header)
                    ? slots[at + 1] == pack(chars, start, Math.min(end, start + 8))
                            && slots[at + 2] == pack(chars, Math.min(end, start + 8), end)
                    : CharSlices.sameChars(longWords[entry], chars, start, end)) {
                return entry;
            }
        }
        return -1;
    }

    private int emptySlot(long header) {
        int mask = slots.length / LONGS_PER_SLOT - 1;
        int slot = slot(header);
        while (slots[LONGS_PER_SLOT * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldSlots = slots;
        allocateSlots(2 * oldSlots.length / LONGS_PER_SLOT);
        for (int old = 0; old < oldSlots.length; old += LONGS_PER_SLOT) {
            if (oldSlots[old] != 0) {
                int at = LONGS_PER_SLOT * emptySlot(oldSlots[old] & ~INDEX_BITS);
                System.arraycopy(oldSlots, old, slots, at, LONGS_PER_SLOT);
            }
        }
    }

    private void empty() {
        epoch = new Object();
        allocateSlots(FIRST_CAPACITY);
        values = new Object[FIRST_CAPACITY / 2 * stride];
        longWords = new char[FIRST_CAPACITY / 2][];
        size = 0;
    }

    private void allocateSlots(int capacity) {
        slots = new long[LONGS_PER_SLOT * capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    private int slot(long header) {
        return ((int) (header >>> 32) * SPREAD) >>> shift;
    }

    /**
     * The word's hash in the high half (a hash of 0 taken as 1, so that no header is 0), then room for the entry's
     * index, its length (capped: a longer word is compared whole) and in the lowest bit whether it is stored packed:
     * two words with the same header are both packed or both not.
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
        return (long) (h == 0 ? 1 : h) << 32 | (long) Math.min(end - start, MAX_LENGTH_BITS) << 1 | (packed ? 1 : 0);
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
