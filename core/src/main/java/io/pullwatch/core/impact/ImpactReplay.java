package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactNotification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The impact stage replayed without Flink, as the stage runs it: feedback in time order, a watermark trailing the
 * latest event time by the out-of-orderness allowance, the comparable stores' buckets summed as the stage's
 * aggregator sums them, and every store's bucket closes and digests fired, in time order, once the watermark has
 * passed them. Used by the evaluation; notices come out with the timers that make them.
 */
public final class ImpactReplay {

    private final StoreImpact impact;
    private final long outOfOrderness;
    private final Map<String, InMemoryStoreImpactState> stores = new HashMap<>();
    private final TreeMap<Long, SentimentBucket> comparable = new TreeMap<>();
    private final TreeSet<Timer> timers = new TreeSet<>();
    private long watermark = Long.MIN_VALUE;
    private long late;

    private record Timer(long at, String storeId) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(at, other.at);
            return byTime != 0 ? byTime : storeId.compareTo(other.storeId);
        }
    }

    public ImpactReplay(ImpactSettings settings, Duration outOfOrderness) {
        this.impact = new StoreImpact(settings);
        this.outOfOrderness = outOfOrderness.toMillis();
    }

    /** Feedback routed to one store, in event-time order: the notices of the timers it lets fire, first. */
    public List<ImpactNotification> accept(StoreFeedback storeFeedback) {
        List<ImpactNotification> out = advanceTo(storeFeedback.feedback().createdAt().toEpochMilli() - outOfOrderness);
        long bucketStart = impact.settings().bucketStart(storeFeedback.feedback().createdAt().toEpochMilli());
        if (storeFeedback.comparable() && bucketStart + impact.settings().bucketMillis() - 1 > watermark) {
            comparable.merge(bucketStart, SentimentBucket.empty(bucketStart).plus(storeFeedback),
                    (a, b) -> new SentimentBucket(a.bucketStart(), a.feedback() + b.feedback(),
                            a.sentiment().plus(b.sentiment())));
        }
        var state = stores.computeIfAbsent(storeFeedback.storeId(), s -> new InMemoryStoreImpactState());
        StoreImpact.Observed observed = impact.observe(storeFeedback, watermark, state);
        if (observed.late()) {
            late++;
        } else {
            timers.add(new Timer(observed.closeAt(), storeFeedback.storeId()));
            if (observed.digestAt() != null) {
                timers.add(new Timer(observed.digestAt(), storeFeedback.storeId()));
            }
        }
        return out;
    }

    /** Event time moves on to {@code until} with no more feedback: the timers due by then fire. */
    public List<ImpactNotification> finish(Instant until) {
        return advanceTo(until.toEpochMilli());
    }

    /** Feedback that arrived after its bucket had closed. */
    public long late() {
        return late;
    }

    public InMemoryStoreImpactState state(String storeId) {
        return stores.get(storeId);
    }

    private List<ImpactNotification> advanceTo(long newWatermark) {
        List<ImpactNotification> out = new ArrayList<>();
        if (newWatermark <= watermark) {
            return out;
        }
        watermark = newWatermark;
        while (!timers.isEmpty() && timers.first().at() <= watermark) {
            Timer timer = timers.pollFirst();
            fire(timer, out);
        }
        long keepFrom = watermark - impact.settings().baseline().toMillis() - 2 * impact.settings().bucketMillis();
        comparable.headMap(keepFrom).clear();
        return out;
    }

    private void fire(Timer timer, List<ImpactNotification> out) {
        InMemoryStoreImpactState state = stores.get(timer.storeId());
        if (impact.isBucketClose(timer.at())) {
            long bucketStart = timer.at() + 1 - impact.settings().bucketMillis();
            StoreImpact.Closed closed = impact.closeBucket(timer.storeId(), bucketStart, comparable::get, state);
            out.addAll(closed.notifications());
            schedule(closed.nextCloseAt(), timer.storeId());
            schedule(closed.digestAt(), timer.storeId());
        } else {
            StoreImpact.Digested digested = impact.digest(timer.storeId(), timer.at(), state);
            if (digested.notification() != null) {
                out.add(digested.notification());
            }
            schedule(digested.nextDigestAt(), timer.storeId());
        }
    }

    private void schedule(Long at, String storeId) {
        if (at != null) {
            timers.add(new Timer(at, storeId));
        }
    }
}
