package io.pullwatch.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventTimePacerTest {

    private static final Duration LONG = Duration.ofMinutes(5);

    /**
     * Two sources on their own threads and a "pipeline" thread that delivers what they emit after a delay: records
     * come out in one time order, ties going to the source listed first.
     */
    @Test
    void sourcesOnTheirOwnThreadsComeOutInTimeOrder() throws Exception {
        long[] a = {0, 10, 20, 20, 40, 41, 42};
        long[] b = {5, 15, 20, 30};
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(a, "a"), feedback(b, "b")), Duration.ZERO, EventTimePacer.Timers.NONE, LONG);
        BlockingQueue<String> inFlight = new LinkedBlockingQueue<>();
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        Thread pipeline = new Thread(() -> {
            try {
                for (int n = 0; n < a.length + b.length; n++) {
                    String id = inFlight.take();
                    Thread.sleep(2);
                    out.add(id);
                    pacer.consumed(id.startsWith("a") ? 0 : 1, id);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        pipeline.start();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> emit(pacer, 0, "a", a.length, inFlight));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> emit(pacer, 1, "b", b.length, inFlight));
        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
        pipeline.join(30_000);

        assertThat(out).containsExactly("a0", "b0", "a1", "b1", "a2", "a3", "b2", "b3", "a4", "a5", "a6");
    }

    @Test
    void aSourceWaitsUntilWhatTheOthersEmittedEarlierHasComeOut() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(new long[] {0, 10}, "a"),
                feedback(new long[] {15}, "b")), Duration.ZERO, EventTimePacer.Timers.NONE, LONG);
        pacer.awaitTurn(0, 0);
        pacer.awaitTurn(0, 1);
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> turn(pacer, 1, 0));

        Thread.sleep(200);
        assertThat(b).isNotDone();
        pacer.consumed(0, "a0");
        Thread.sleep(200);
        assertThat(b).isNotDone();
        pacer.consumed(0, 1L); // by position, as a dead letter reports it

        b.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aLeadLetsASourceRunThatFarAhead() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(new long[] {0}, "a"),
                feedback(new long[] {5_000, 20_000}, "b")), Duration.ofSeconds(10), EventTimePacer.Timers.NONE, LONG);

        pacer.awaitTurn(1, 0); // 5 s ahead of a's first record: within the lead
        CompletableFuture<Void> far = CompletableFuture.runAsync(() -> turn(pacer, 1, 1));
        Thread.sleep(200);
        assertThat(far).isNotDone();
        pacer.consumed(0, "a0");
        far.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRepeatedIdIsNotWaitedForSinceTheDuplicateIsDropped() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(new long[] {0, 1}, "a", "same", "same"),
                feedback(new long[] {5}, "b")), Duration.ZERO, EventTimePacer.Timers.NONE, LONG);
        pacer.awaitTurn(0, 0);
        pacer.awaitTurn(0, 1);
        pacer.consumed(0, "same");

        CompletableFuture.runAsync(() -> turn(pacer, 1, 0)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRecordThatNeverComesOutIsGivenUpOnAfterTheStall() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(new long[] {0}, "a"),
                feedback(new long[] {5}, "b")), Duration.ZERO, EventTimePacer.Timers.NONE, Duration.ofMillis(300));
        pacer.awaitTurn(0, 0);
        long started = System.nanoTime();

        CompletableFuture.runAsync(() -> turn(pacer, 1, 0)).get(10, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    /** Registry sources are held back by what they are about to emit, and let go when they finish. */
    @Test
    void registrySourcesHoldOthersBackOnlyUntilTheyEmit() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(new EventTimePacer.Stream(new long[] {10}, null),
                feedback(new long[] {20}, "b")), Duration.ZERO, EventTimePacer.Timers.NONE, LONG);
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> turn(pacer, 1, 0));
        Thread.sleep(200);
        assertThat(b).isNotDone();

        pacer.awaitTurn(0, 0);
        pacer.finish(0);
        b.get(5, TimeUnit.SECONDS);
    }

    @Test
    void recordsWithoutAnyKnownTimeNeverWait() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(new long[] {0}, "a"),
                feedback(new long[] {EventTimePacer.UNKNOWN}, "b")), Duration.ZERO, EventTimePacer.Timers.NONE, LONG);
        pacer.awaitTurn(1, 0);
        pacer.awaitTurn(0, 0);
    }

    /**
     * With timers at minute ends and 30 s of out-of-orderness, a record that follows one at 1:40 waits until the
     * watermark 0:59.999 has come out of the pipeline: the timer at the end of the first minute has fired.
     */
    @Test
    void aRecordWaitsForTheTimersTheRecordsBeforeItHaveMadeDue() throws Exception {
        EventTimePacer pacer = new EventTimePacer(List.of(feedback(new long[] {10_000, 100_000, 105_000}, "a")),
                Duration.ZERO, new EventTimePacer.Timers(Duration.ofMinutes(1), Duration.ofSeconds(30)), LONG);
        pacer.awaitTurn(0, 0); // nothing before it
        pacer.awaitTurn(0, 1); // 0:10 implies a watermark of -0:20: no timer due yet
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> turn(pacer, 0, 2));

        Thread.sleep(200);
        assertThat(third).isNotDone();
        pacer.watermark(59_998);
        Thread.sleep(200);
        assertThat(third).isNotDone();
        pacer.watermark(69_999); // 1:40 − 30 s − 1 ms: past the timer at 0:59.999

        third.get(5, TimeUnit.SECONDS);
    }

    private static EventTimePacer.Stream feedback(long[] times, String prefix, String... ids) {
        List<String> names = new ArrayList<>(Arrays.asList(ids));
        for (int i = names.size(); i < times.length; i++) {
            names.add(prefix + i);
        }
        return new EventTimePacer.Stream(times, names);
    }

    private static void emit(EventTimePacer pacer, int participant, String prefix, int count,
            BlockingQueue<String> inFlight) {
        for (int i = 0; i < count; i++) {
            turn(pacer, participant, i);
            inFlight.add(prefix + i);
        }
        pacer.finish(participant);
    }

    private static void turn(EventTimePacer pacer, int participant, int index) {
        try {
            pacer.awaitTurn(participant, index);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
