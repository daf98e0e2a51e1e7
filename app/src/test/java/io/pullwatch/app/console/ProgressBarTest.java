package io.pullwatch.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsBarPercentageCountAndRate() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), "sanders", 200);
        long twoSecondsLater = System.nanoTime() + 2_000_000_000L;

        String line = bar.render(50, twoSecondsLater);

        assertThat(line).startsWith("sanders [########......................]  25% 50/200 ");
        assertThat(line).matches(".* 2[45]/s");
    }

    @Test
    void anUnknownTotalShowsCountAndRateOnly() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), "stdin", 0);

        assertThat(bar.render(1_234, System.nanoTime() + 1_000_000_000L)).matches("stdin 1,234 1,2\\d\\d/s");
    }

    @Test
    void finishEndsTheLine() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(sink, true, StandardCharsets.UTF_8), "f", 2);
        bar.update(1);
        bar.finish(2);

        assertThat(sink.toString(StandardCharsets.UTF_8)).contains("\r").endsWith(System.lineSeparator())
                .contains("100% 2/2");
    }
}
