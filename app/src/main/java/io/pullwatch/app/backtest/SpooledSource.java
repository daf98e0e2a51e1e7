package io.pullwatch.app.backtest;

import io.pullwatch.core.event.RawRecord;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceEnumerator;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceReader;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded source of raw records read from a {@link RecordSpool} file, in the file's order, paced against the
 * job's other sources by an {@link EventTimePacer}. The file is one split, so one reader emits it all in order; a
 * topic with no records is a source with no split, which ends at once.
 */
public final class SpooledSource implements Source<RawRecord, SpoolSplit, Collection<SpoolSplit>> {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String topic;
    private final long count;
    private final String pacer;
    private final int participant;

    /**
     * @param topic the topic name the records carry
     * @param count how many records the file holds
     * @param pacer the name of the {@link EventTimePacer} the job's sources share
     * @param participant this source's index at that pacer
     */
    SpooledSource(Path file, String topic, long count, String pacer, int participant) {
        this.file = file.toAbsolutePath().toString();
        this.topic = topic;
        this.count = count;
        this.pacer = pacer;
        this.participant = participant;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SplitEnumerator<SpoolSplit, Collection<SpoolSplit>> createEnumerator(
            SplitEnumeratorContext<SpoolSplit> context) {
        List<SpoolSplit> splits = count == 0 ? List.of()
                : List.of(new SpoolSplit(file, topic, 0, count, pacer, participant));
        return new IteratorSourceEnumerator<>(context, splits);
    }

    @Override
    public SplitEnumerator<SpoolSplit, Collection<SpoolSplit>> restoreEnumerator(
            SplitEnumeratorContext<SpoolSplit> context, Collection<SpoolSplit> remaining) {
        return new IteratorSourceEnumerator<>(context, remaining);
    }

    @Override
    public SourceReader<RawRecord, SpoolSplit> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(context);
    }

    @Override
    public SimpleVersionedSerializer<SpoolSplit> getSplitSerializer() {
        return SpoolSplit.Serializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<Collection<SpoolSplit>> getEnumeratorCheckpointSerializer() {
        return SpoolSplit.CollectionSerializer.INSTANCE;
    }
}
