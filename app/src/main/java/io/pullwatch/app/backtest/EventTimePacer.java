package io.pullwatch.app.backtest;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the bounded sources of one local job in step in event time, so that no feedback reaches the pipeline's
 * event-time stage behind the watermark — as none would in a live stream — however fast each source could read.
 *
 * <p>Why it is needed: reviews and mentions come from separate sources and meet in a union; the pipeline's watermark
 * is the latest event time seen minus {@code pipeline.max-out-of-orderness}. Left alone, one source runs ahead, and
 * the union (which takes whichever input has data, with records queued in network buffers) would let its late
 * event times push the watermark past everything the other source has queued: all of it late, dropped by the
 * detector. Pacing only when records are emitted is not enough, because of those queues.
 *
 * <p>So the pacer closes the loop. For each feedback source it knows every record's event time in advance (from the
 * spool) and hears when each record has come out of the pipeline (as feedback, or as a dead letter). A source may
 * emit a record of time t only when every other source's oldest record not yet out of the pipeline — emitted or
 * not — is no older than {@code t − lead}. With the lead below the allowed out-of-orderness, nothing the union sees
 * after a record can be more than the lead ahead of it: nothing is ever late. Registry sources (initiatives, saved
 * queries) do not reach the event-time stage; they are held to the others' pace only when emitted, so that an
 * update lands at about its time. The source furthest behind can always go, so sources never wait on each other for
 * ever; a record that never comes out (the pipeline dropped a duplicate the backtest did not foresee) is given up on
 * after {@link #STALL} without progress.
 *
 * <p>The pacer also makes event-time timers fire at the same place in the stream every run. The pipeline's watermark
 * is emitted periodically, in processing time, so left alone a timer at the end of a detection bucket fires after
 * however many later records happened to go through first — and the detector, which closes its buckets and baselines
 * on those timers, would decide differently from one run to the next. So before a feedback source emits a record,
 * the watermark that the records already emitted imply (latest time − out-of-orderness − 1) must have come out of
 * the stage that feeds the detectors ({@link #watermark}), as far as the last timer boundary it passes: it is then
 * ahead of the record on every path, so every timer up to there fires before the record is seen. Timers are at bucket ends (k × bucket − 1), so this costs a wait per
 * bucket of event time, not per record.
 *
 * <p>Sources find their pacer by name in this JVM: a backtest runs on a local environment, in-process.
 */
public final class EventTimePacer {

    private static final Logger LOG = LoggerFactory.getLogger(EventTimePacer.class);
    private static final Map<String, EventTimePacer> REGISTERED = new ConcurrentHashMap<>();
    /** The time of a record whose stream has no known time at all: it holds nobody back. */
    public static final long UNKNOWN = Long.MIN_VALUE;
    private static final long FINISHED = Long.MAX_VALUE;
    /** How long without progress before a record that does not come out is given up on. */
    static final Duration STALL = Duration.ofSeconds(10);

    /**
     * One source's records in emission order: their event times and, for a feedback source, their ids (null for a
     * registry source, whose records are not followed through the pipeline).
     */
    public record Stream(long[] times, List<String> ids) {}

    private final Participant[] participants;
    private final long leadMillis;
    private final Timers timers;
    private final long stallNanos;
    private long lastProgress = System.nanoTime();
    /** The earliest and latest event times feedback sources have emitted. */
    private long earliestEmitted = Long.MAX_VALUE;
    private long latestEmitted = UNKNOWN;
    /** The latest watermark seen at the end of the pipeline. */
    private long watermark = Long.MIN_VALUE;

    /**
     * Where the pipeline's event-time timers fall: at the end of each bucket, once the watermark (latest event time
     * minus the out-of-orderness, minus 1 ms) passes it. {@link #NONE}: no timers to keep in place.
     */
    public record Timers(Duration bucket, Duration outOfOrderness) {
        public static final Timers NONE = new Timers(Duration.ZERO, Duration.ZERO);

        /** The last timer boundary (k × bucket − 1) the watermark implied by {@code latest} has passed. */
        long lastBoundaryPassed(long latest) {
            long implied = latest - outOfOrderness.toMillis() - 1;
            return Math.floorDiv(implied + 1, bucket.toMillis()) * bucket.toMillis() - 1;
        }

        /** The first timer boundary a record at {@code time} can have set: the end of its bucket. */
        long firstBoundaryAfter(long time) {
            return (Math.floorDiv(time, bucket.toMillis()) + 1) * bucket.toMillis() - 1;
        }
    }

    /**
     * @param lead how far ahead of what the other sources have delivered a source may emit
     * @param stall how long without progress before a record that does not come out is given up on
     */
    EventTimePacer(List<Stream> streams, Duration lead, Timers timers, Duration stall) {
        participants = streams.stream().map(Participant::new).toArray(Participant[]::new);
        leadMillis = lead.toMillis();
        this.timers = timers;
        stallNanos = stall.toNanos();
    }

    static EventTimePacer register(String name, List<Stream> streams, Duration lead, Timers timers) {
        EventTimePacer pacer = new EventTimePacer(streams, lead, timers, STALL);
        if (REGISTERED.putIfAbsent(name, pacer) != null) {
            throw new IllegalStateException("a pacer named " + name + " is already running");
        }
        return pacer;
    }

    static EventTimePacer lookup(String name) {
        EventTimePacer pacer = REGISTERED.get(name);
        if (pacer == null) {
            throw new IllegalStateException("no pacer named " + name + " in this JVM: backtests run in-process only");
        }
        return pacer;
    }

    static void unregister(String name) {
        REGISTERED.remove(name);
    }

    /**
     * Blocks until {@code participant} may emit its record number {@code index} (records are emitted in order).
     *
     * @throws InterruptedException if the job is cancelled while waiting
     */
    synchronized void awaitTurn(int participant, int index) throws InterruptedException {
        Participant self = participants[participant];
        self.next = self.times[index];
        progressed();
        long time = self.times[index];
        while (true) {
            Participant blocking = blocking(participant, time);
            long timersDue = self.done == null ? Long.MIN_VALUE : timersDue();
            if (blocking == null && watermark >= timersDue) {
                if (self.done != null && time != UNKNOWN) {
                    earliestEmitted = Math.min(earliestEmitted, time);
                    latestEmitted = Math.max(latestEmitted, time);
                }
                return;
            }
            wait(Math.max(1, Math.min(1000, stallNanos / 1_000_000)));
            if (System.nanoTime() - lastProgress > stallNanos) {
                if (blocking != null) {
                    LOG.warn("backtest: a record of event time {} has not come out of the pipeline in {} ms; going on "
                            + "without it (was it dropped as a duplicate?)", Instant.ofEpochMilli(blocking.bound()),
                            stallNanos / 1_000_000);
                    blocking.giveUpOnOldest();
                } else {
                    LOG.warn("backtest: the watermark has not reached {} in {} ms; going on without it",
                            Instant.ofEpochMilli(timersDue + 1), stallNanos / 1_000_000);
                    watermark = timersDue;
                }
                progressed();
            }
        }
    }

    /**
     * The watermark the end of the pipeline must have seen before the next feedback record may go: the last timer
     * boundary passed, if any timer can have been set before it.
     */
    private long timersDue() {
        if (timers.bucket().isZero() || latestEmitted == UNKNOWN) {
            return Long.MIN_VALUE;
        }
        long due = timers.lastBoundaryPassed(latestEmitted);
        return due < timers.firstBoundaryAfter(earliestEmitted) ? Long.MIN_VALUE : due;
    }

    /** A watermark came out of the stage that feeds the detectors. */
    synchronized void watermark(long mark) {
        if (mark > watermark) {
            watermark = mark;
            progressed();
        }
    }

    /** The participant has emitted its last record. */
    synchronized void finish(int participant) {
        participants[participant].next = FINISHED;
        progressed();
    }

    /** A feedback source's record number {@code index} came out of the pipeline (as a dead letter, say). */
    synchronized void consumed(int participant, long index) {
        Participant p = participants[participant];
        if (p.done != null && index >= 0 && index < p.times.length) {
            p.markDone((int) index);
            progressed();
        }
    }

    /** A feedback source's record with this id came out of the pipeline as feedback. */
    synchronized void consumed(int participant, String id) {
        Participant p = participants[participant];
        Integer index = p.indexById == null ? null : p.indexById.get(id);
        if (index != null) {
            p.markDone(index);
            progressed();
        }
    }

    private void progressed() {
        lastProgress = System.nanoTime();
        notifyAll();
    }

    /** The other participant that holds back a record of this time, or null if it may go. */
    private Participant blocking(int participant, long time) {
        if (time == UNKNOWN) {
            return null;
        }
        for (int other = 0; other < participants.length; other++) {
            Participant p = participants[other];
            if (other == participant || p.bound() == FINISHED) {
                continue;
            }
            // At equal times the source listed first goes first, so that a run without lead is in one exact order.
            long ahead = time - leadMillis - p.bound();
            if (ahead > 0 || ahead == 0 && other < participant) {
                return p;
            }
        }
        return null;
    }

    /** What the pacer knows of one source. */
    private static final class Participant {
        final long[] times;
        /** Feedback sources: which records have come out, by position; null for registry sources. */
        final BitSet done;
        final Map<String, Integer> indexById;
        int oldestNotDone;
        long next;

        Participant(Stream stream) {
            times = stream.times();
            next = times.length == 0 ? FINISHED : times[0];
            if (stream.ids() == null) {
                done = null;
                indexById = null;
                return;
            }
            done = new BitSet(times.length);
            indexById = new HashMap<>();
            for (int i = 0; i < times.length; i++) {
                String id = stream.ids().get(i);
                // A second record with an id already seen is dropped by the pipeline's de-duplication: never out.
                if (id != null && indexById.putIfAbsent(id, i) != null) {
                    done.set(i);
                }
            }
            oldestNotDone = done.nextClearBit(0);
        }

        /** Feedback source: the time of its oldest record not out yet; registry source: of its next record. */
        long bound() {
            if (done == null) {
                return next;
            }
            return oldestNotDone >= times.length ? FINISHED : times[oldestNotDone];
        }

        void markDone(int index) {
            done.set(index);
            oldestNotDone = done.nextClearBit(oldestNotDone);
        }

        void giveUpOnOldest() {
            if (done == null) {
                next = FINISHED;
            } else {
                markDone(oldestNotDone);
            }
        }
    }
}
