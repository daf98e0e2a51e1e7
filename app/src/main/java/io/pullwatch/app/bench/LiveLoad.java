package io.pullwatch.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.kafka.TopicSpec;
import io.pullwatch.connectors.kafka.Topics;
import io.pullwatch.connectors.replay.ReplayRecord;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.json.JsonMappers;
import io.pullwatch.core.scenario.ScenarioEvent;
import io.pullwatch.core.scenario.ScenarioTopic;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.LockSupport;

/**
 * Real-time traffic for the latency benchmark, paced at a fixed rate and stamped with the wall clock as it is sent:
 * reviews spread over {@link #STORES} stores at {@link #REVIEWS_PER_STORE_PER_SECOND} each, brand mentions for the
 * rest of the rate, and every {@link #BURST_EVERY} a burst of {@link #BURST_SIZE} negative reviews in the next store,
 * each store in turn. Texts come from the demo scenario, so the text stage does its usual work.
 */
final class LiveLoad implements Iterator<ReplayRecord> {

    static final int STORES = 200;
    static final double REVIEWS_PER_STORE_PER_SECOND = 0.1;
    static final Duration BURST_EVERY = Duration.ofSeconds(2);
    static final int BURST_SIZE = 60;

    private final ObjectMapper mapper = JsonMappers.create();
    private final Iterator<ScenarioEvent> texts = BenchEvents.stream(Instant.now());
    private final long intervalNanos;
    private final long startNanos = System.nanoTime();
    private final long endNanos;
    private final double reviewShare;
    private long sent;
    private long reviews;
    private int bursts;
    private int burstLeft;
    private Review negative;
    private Review positive;
    private Mention mention;

    LiveLoad(double rate, Duration length) {
        this.intervalNanos = (long) (1e9 / rate);
        this.endNanos = startNanos + length.toNanos();
        this.reviewShare = Math.min(1.0, STORES * REVIEWS_PER_STORE_PER_SECOND / rate);
    }

    @Override
    public boolean hasNext() {
        return System.nanoTime() < endNanos;
    }

    @Override
    public ReplayRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long due = startNanos + sent * intervalNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        sent++;
        long elapsed = System.nanoTime() - startNanos;
        if (burstLeft == 0 && elapsed / BURST_EVERY.toNanos() > bursts) {
            bursts++;
            burstLeft = BURST_SIZE;
        }
        Instant now = Instant.now();
        if (burstLeft > 0 && sent % 3 == 0) {
            burstLeft--;
            return review(sample(true), "bench-store-" + (bursts % STORES), now);
        }
        if ((reviews + 1) <= reviewShare * sent) {
            reviews++;
            return review(sample(false), "bench-store-" + (reviews % STORES), now);
        }
        return mention(now);
    }

    /** The next demo review of that kind (rating 2 or less for a burst), refreshed from the endless demo stream. */
    private Review sample(boolean negativeOne) {
        while (negativeOne ? negative == null : positive == null) {
            ScenarioEvent event = texts.next();
            if (event.topic() == ScenarioTopic.REVIEWS) {
                if (event.review().rating() <= 2) {
                    negative = event.review();
                } else {
                    positive = event.review();
                }
            } else if (event.topic() == ScenarioTopic.MENTIONS && event.mention().parentId() == null) {
                mention = event.mention();
            }
        }
        Review review = negativeOne ? negative : positive;
        if (negativeOne) {
            negative = null;
        } else {
            positive = null;
        }
        return review;
    }

    private ReplayRecord review(Review r, String store, Instant at) {
        String id = "live-" + sent;
        return record(Topics.REVIEWS, id, at, new Review(r.schemaVersion(), id, r.platform(), store, r.rating(),
                r.title(), r.text(), r.language(), r.authorId(), at, r.staffMentions()));
    }

    private ReplayRecord mention(Instant at) {
        while (mention == null) {
            sample(false);
        }
        Mention m = mention;
        mention = null;
        String id = "live-" + sent;
        return record(Topics.MENTIONS, id, at, new Mention(m.schemaVersion(), id, m.platform(), m.authorId(),
                m.authorFollowers(), m.text(), m.language(), at, null, null, m.engagement(), null, m.urls(),
                m.hashtags()));
    }

    private ReplayRecord record(TopicSpec<?> topic, String id, Instant at, Object value) {
        try {
            return new ReplayRecord(topic, id, at, mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
