package io.pullwatch.app.backtest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink that hands every record, with its event-time timestamp, to a {@link Receiver} registered under a name in
 * this JVM: how a backtest on a local environment gets the pipeline's output back as it is produced, without a
 * broker. The timestamp of an alert is the event time of what made the detector emit it (the triggering feedback,
 * or an event-time timer).
 */
public final class HandoffSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Receiver<?>> RECEIVERS = new ConcurrentHashMap<>();

    /** Takes the records of one sink; called from that sink's task thread only. */
    @FunctionalInterface
    public interface Receiver<T> {
        /**
         * @param timestamp the record's event time in epoch milliseconds, or null if it has none
         * @param watermark the sink's event-time watermark when the record reached it
         */
        void receive(T record, Long timestamp, long watermark);

        /** The sink's event-time watermark advanced (everything upstream has processed it). */
        default void watermark(long watermark) {}
    }

    private final String name;

    private HandoffSink(String name) {
        this.name = name;
    }

    /** Registers {@code receiver} under {@code name} and returns a sink that feeds it. */
    public static <T> HandoffSink<T> to(String name, Receiver<T> receiver) {
        if (RECEIVERS.putIfAbsent(name, receiver) != null) {
            throw new IllegalStateException("a receiver named " + name + " is already registered");
        }
        return new HandoffSink<>(name);
    }

    /** Forgets the receiver; the sink can no longer be started. */
    public void release() {
        RECEIVERS.remove(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public SinkWriter<T> createWriter(WriterInitContext context) {
        Receiver<T> receiver = (Receiver<T>) RECEIVERS.get(name);
        if (receiver == null) {
            throw new IllegalStateException("no receiver named " + name + " in this JVM: handoff sinks run in-process");
        }
        return new Writer<>(receiver);
    }

    private static final class Writer<T> implements SinkWriter<T> {
        private final Receiver<T> receiver;

        Writer(Receiver<T> receiver) {
            this.receiver = receiver;
        }

        @Override
        public void write(T element, Context context) {
            receiver.receive(element, context.timestamp(), context.currentWatermark());
        }

        @Override
        public void writeWatermark(Watermark watermark) {
            receiver.watermark(watermark.getTimestamp());
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
    }
}
