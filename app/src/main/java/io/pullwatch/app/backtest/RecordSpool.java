package io.pullwatch.app.backtest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of raw input records for one topic, in the order a bounded source emits them: per record its event time
 * (the time the source paces by), its key and its bytes. Written once by the backtest before the job starts, read
 * sequentially by {@link SpooledSource}.
 */
final class RecordSpool {

    private static final int NO_KEY = -1;

    /** One spooled record: the time it is paced by, and the key and bytes it carries. */
    record Entry(long time, byte[] key, byte[] value) {}

    private RecordSpool() {}

    static final class Writer implements Closeable {
        private final DataOutputStream out;
        private long count;

        Writer(Path file) throws IOException {
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }

        void write(Entry entry) throws IOException {
            out.writeLong(entry.time());
            if (entry.key() == null) {
                out.writeInt(NO_KEY);
            } else {
                out.writeInt(entry.key().length);
                out.write(entry.key());
            }
            out.writeInt(entry.value().length);
            out.write(entry.value());
            count++;
        }

        long count() {
            return count;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    static final class Reader implements Closeable {
        private final DataInputStream in;

        Reader(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        /** The next entry; {@link EOFException} past the last. */
        Entry read() throws IOException {
            long time = in.readLong();
            int keyLength = in.readInt();
            byte[] key = keyLength == NO_KEY ? null : in.readNBytes(keyLength);
            byte[] value = in.readNBytes(in.readInt());
            return new Entry(time, key, value);
        }

        /** Passes over {@code entries} entries, for a source resuming mid-file. */
        void skip(long entries) throws IOException {
            for (long i = 0; i < entries; i++) {
                read();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
