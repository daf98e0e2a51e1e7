package io.pullwatch.search.index;

import io.pullwatch.core.query.FeedbackFields;
import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A Bloom filter of every feedback id ever given to the index: when it says an id is new (it cannot be wrong about
 * that), the record is added without asking Lucene to delete an older copy, which would cost a look-up of the id in
 * every segment at each refresh; otherwise (a record read again, or a rare false positive) it is updated by id.
 * About 10 bits and 7 hashes per id, under 1% false positives; when more ids arrive than it was sized for, it is
 * rebuilt twice as large from the ids in the index.
 */
final class IdFilter {

    private static final int BITS_PER_ID = 10;
    private static final int HASHES = 7;

    private long[] bits;
    private long capacity;
    private long size;

    IdFilter(long capacity) {
        allocate(Math.max(capacity, 1 << 16));
    }

    /** Records the id; true if it may have been recorded before (then the caller must update, not add). */
    synchronized boolean putAndCheck(BytesRef id) {
        int h1 = StringHelper.murmurhash3_x86_32(id, 0x9747b28c);
        int h2 = StringHelper.murmurhash3_x86_32(id, h1);
        boolean seen = true;
        long nbits = (long) bits.length * 64;
        for (int i = 0; i < HASHES; i++) {
            long bit = Math.floorMod(h1 + (long) i * h2, nbits);
            int word = (int) (bit >>> 6);
            long mask = 1L << (bit & 63);
            if ((bits[word] & mask) == 0) {
                seen = false;
                bits[word] |= mask;
            }
        }
        if (!seen) {
            size++;
        }
        return seen;
    }

    synchronized boolean full() {
        return size > capacity;
    }

    /** Starts again, twice as large, with every id of the reader (which must show everything indexed). */
    synchronized void rebuild(IndexReader reader) throws IOException {
        allocate(Math.max(capacity * 2, (long) reader.maxDoc() * 2));
        addAll(reader);
    }

    /** Adds every id of the reader. */
    synchronized void addAll(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(FeedbackFields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum ids = terms.iterator();
            for (BytesRef id = ids.next(); id != null; id = ids.next()) {
                putAndCheck(id);
            }
        }
    }

    private void allocate(long newCapacity) {
        capacity = newCapacity;
        bits = new long[(int) Math.min(Integer.MAX_VALUE - 8, (newCapacity * BITS_PER_ID + 63) / 64)];
        size = 0;
    }
}
