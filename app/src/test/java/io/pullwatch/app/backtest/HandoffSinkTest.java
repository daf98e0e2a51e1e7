package io.pullwatch.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class HandoffSinkTest {

    @Test
    void handsEveryRecordWithItsEventTimeToTheReceiverRegisteredUnderItsName() throws Exception {
        String name = "test-" + UUID.randomUUID();
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        HandoffSink<Long> sink = HandoffSink.to(name,
                (value, timestamp, watermark) -> received.add(value + "@" + timestamp));
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
            env.fromData(3L, 1L, 2L)
                    .assignTimestampsAndWatermarks(WatermarkStrategy.<Long>forMonotonousTimestamps()
                            .withTimestampAssigner((value, previous) -> value * 1000))
                    .sinkTo(sink).name("handoff");
            env.execute("handoff-sink-test");
        } finally {
            sink.release();
        }

        assertThat(received).containsExactly("3@3000", "1@1000", "2@2000");
    }

    @Test
    void oneNameOneReceiverAndAReleasedSinkCannotStart() throws Exception {
        String name = "test-" + UUID.randomUUID();
        HandoffSink<String> sink = HandoffSink.to(name, (value, timestamp, watermark) -> { });
        assertThatThrownBy(() -> HandoffSink.to(name, (value, timestamp, watermark) -> { }))
                .isInstanceOf(IllegalStateException.class);
        sink.release();

        assertThatThrownBy(() -> sink.createWriter(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in-process");
    }
}
