package io.pullwatch.app.backtest;

import io.pullwatch.core.event.RawRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceSplit;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * The one split of a {@link SpooledSource}: a spool file from record {@code position} on. Its iterator reads the
 * file in order, waits for its turn at the pacer before handing out each record, and tells the pacer when it is done.
 *
 * @param topic the topic name raw records carry (dead letters cite it, with the record's position as offset)
 */
record SpoolSplit(String file, String topic, long position, long count, String pacer, int participant)
        implements IteratorSourceSplit<RawRecord, SpoolSplit.Records> {

    @Override
    public String splitId() {
        return topic;
    }

    @Override
    public Records getIterator() {
        return new Records(this);
    }

    @Override
    public SpoolSplit getUpdatedSplitForIterator(Records iterator) {
        return new SpoolSplit(file, topic, iterator.position, count, pacer, participant);
    }

    /** The split's records, read lazily from the file. */
    static final class Records implements Iterator<RawRecord> {
        private final SpoolSplit split;
        private final EventTimePacer pacer;
        private long position;
        private RecordSpool.Reader reader;

        Records(SpoolSplit split) {
            this.split = split;
            this.pacer = EventTimePacer.lookup(split.pacer());
            this.position = split.position();
            if (position >= split.count()) {
                pacer.finish(split.participant());
            }
        }

        @Override
        public boolean hasNext() {
            return position < split.count();
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                if (reader == null) {
                    reader = new RecordSpool.Reader(Path.of(split.file()));
                    reader.skip(position);
                }
                RecordSpool.Entry entry = reader.read();
                pacer.awaitTurn(split.participant(), (int) position);
                long offset = position++;
                if (!hasNext()) {
                    reader.close();
                    pacer.finish(split.participant());
                }
                long timestamp = entry.time() == EventTimePacer.UNKNOWN ? 0 : entry.time();
                return new RawRecord(split.topic(), 0, offset, timestamp, entry.key(), entry.value());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spool " + split.file(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the other sources", e);
            }
        }
    }

    /** Splits as bytes, for Flink's checkpoints of readers and of the enumerator. */
    static final class Serializer implements SimpleVersionedSerializer<SpoolSplit> {

        static final Serializer INSTANCE = new Serializer();

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(SpoolSplit split) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                write(split, out);
            }
            return bytes.toByteArray();
        }

        @Override
        public SpoolSplit deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                return read(in);
            }
        }

        static void write(SpoolSplit split, DataOutputStream out) throws IOException {
            out.writeUTF(split.file());
            out.writeUTF(split.topic());
            out.writeLong(split.position());
            out.writeLong(split.count());
            out.writeUTF(split.pacer());
            out.writeInt(split.participant());
        }

        static SpoolSplit read(DataInputStream in) throws IOException {
            return new SpoolSplit(in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readUTF(),
                    in.readInt());
        }
    }

    /** The enumerator's checkpoint: the splits not yet handed out. */
    static final class CollectionSerializer implements SimpleVersionedSerializer<Collection<SpoolSplit>> {

        static final CollectionSerializer INSTANCE = new CollectionSerializer();

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Collection<SpoolSplit> splits) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(splits.size());
                for (SpoolSplit split : splits) {
                    Serializer.write(split, out);
                }
            }
            return bytes.toByteArray();
        }

        @Override
        public Collection<SpoolSplit> deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                int size = in.readInt();
                List<SpoolSplit> splits = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    splits.add(Serializer.read(in));
                }
                return splits;
            }
        }
    }
}
