package io.pullwatch.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.RawRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spooled sources in a real Flink job: bounded, in file order, paced against each other, empty ones ending at once. */
class SpooledSourceTest {

    @TempDir
    Path dir;

    @Test
    void twoPacedSourcesMeetInOneTimeOrderAndTheJobEnds() throws Exception {
        String run = "test-" + UUID.randomUUID();
        List<Long> reviews = List.of(0L, 10_000L, 20_000L, 20_000L, 40_000L);
        List<Long> mentions = List.of(5_000L, 15_000L, 20_000L, 30_000L, 50_000L, 60_000L);
        EventTimePacer pacer = EventTimePacer.register(run, List.of(stream(reviews, "r"), stream(mentions, "m"),
                new EventTimePacer.Stream(new long[0], List.of())), Duration.ZERO, EventTimePacer.Timers.NONE);
        List<String> arrived = Collections.synchronizedList(new ArrayList<>());
        HandoffSink<RawRecord> sink = HandoffSink.to(run + "/out", (record, timestamp, watermark) -> {
            String id = new String(record.key(), StandardCharsets.UTF_8);
            arrived.add(id + "@" + record.offset() + "/" + record.timestamp());
            pacer.consumed(record.topic().equals("reviews") ? 0 : 1, id);
        });
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
            env.setBufferTimeout(0);
            DataStream<RawRecord> union = read(env, spool("reviews", reviews, "r"), "reviews", reviews.size(), run, 0)
                    .union(read(env, spool("mentions", mentions, "m"), "mentions", mentions.size(), run, 1),
                            read(env, spool("empty", List.of(), "e"), "empty", 0, run, 2));
            union.sinkTo(sink).name("collect");
            env.execute("spooled-source-test");
        } finally {
            sink.release();
            EventTimePacer.unregister(run);
        }

        assertThat(arrived).containsExactly("r0@0/0", "m0@0/5000", "r1@1/10000", "m1@1/15000", "r2@2/20000",
                "r3@3/20000", "m2@2/20000", "m3@3/30000", "r4@4/40000", "m4@4/50000", "m5@5/60000");
    }

    private DataStream<RawRecord> read(StreamExecutionEnvironment env, Path spool, String topic, long count,
            String run, int participant) {
        return env.fromSource(new SpooledSource(spool, topic, count, run, participant),
                WatermarkStrategy.noWatermarks(), topic, TypeInformation.of(RawRecord.class));
    }

    private Path spool(String name, List<Long> times, String prefix) throws Exception {
        Path file = dir.resolve(name + ".spool");
        try (RecordSpool.Writer writer = new RecordSpool.Writer(file)) {
            for (int i = 0; i < times.size(); i++) {
                writer.write(new RecordSpool.Entry(times.get(i), (prefix + i).getBytes(StandardCharsets.UTF_8),
                        ("{\"n\": " + i + "}").getBytes(StandardCharsets.UTF_8)));
            }
        }
        return file;
    }

    private static EventTimePacer.Stream stream(List<Long> times, String prefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            ids.add(prefix + i);
        }
        return new EventTimePacer.Stream(times.stream().mapToLong(Long::longValue).toArray(), ids);
    }
}
