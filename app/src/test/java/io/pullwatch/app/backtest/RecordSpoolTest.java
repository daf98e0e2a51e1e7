package io.pullwatch.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSpoolTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatWasWrittenInOrderAndSkipsAhead() throws Exception {
        Path file = dir.resolve("mentions.spool");
        try (RecordSpool.Writer writer = new RecordSpool.Writer(file)) {
            writer.write(new RecordSpool.Entry(1_000, bytes("m1"), bytes("{\"id\": \"m1\"}")));
            writer.write(new RecordSpool.Entry(EventTimePacer.UNKNOWN, null, bytes("not json")));
            writer.write(new RecordSpool.Entry(3_000, bytes("m3"), new byte[0]));
            assertThat(writer.count()).isEqualTo(3);
        }

        try (RecordSpool.Reader reader = new RecordSpool.Reader(file)) {
            RecordSpool.Entry first = reader.read();
            assertThat(first.time()).isEqualTo(1_000);
            assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo("m1");
            assertThat(new String(first.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": \"m1\"}");
            RecordSpool.Entry second = reader.read();
            assertThat(second.time()).isEqualTo(EventTimePacer.UNKNOWN);
            assertThat(second.key()).isNull();
        }
        try (RecordSpool.Reader reader = new RecordSpool.Reader(file)) {
            reader.skip(2);
            RecordSpool.Entry third = reader.read();
            assertThat(new String(third.key(), StandardCharsets.UTF_8)).isEqualTo("m3");
            assertThat(third.value()).isEmpty();
            assertThatThrownBy(reader::read).isInstanceOf(EOFException.class);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
