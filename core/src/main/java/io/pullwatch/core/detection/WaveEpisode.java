package io.pullwatch.core.detection;

import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertEvidence.AuthorEvidence;
import io.pullwatch.core.event.AlertEvidence.PostEvidence;
import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One open alert of one scope and the evidence gathered since its wave started: counts by polarity, reach, the
 * first post, the posts and authors that reached most people, the stores and initiatives involved and the words
 * used. Every map is bounded (see {@link BoundedCounts}). A Flink POJO.
 */
public final class WaveEpisode {

    static final int TOP = 5;
    static final int MAX_TERMS = 400;
    static final int MAX_AUTHORS = 200;
    static final int MAX_PLACES = 100;
    /** The wave's polarity is positive (negative) when positive (negative) posts outnumber the others this much. */
    static final double POLARITY_DOMINANCE = 2.0;

    public String alertId;
    public int revision;
    public long waveStartMillis;
    public long lastUpdateMillis;
    public int lastSeverity;
    public Polarity lastPolarity;
    public int quietBuckets;
    public long events;
    public long positive;
    public long negative;
    public long neutral;
    public long reach;
    public String firstFeedbackId;
    public long firstAtMillis = Long.MAX_VALUE;
    public List<PostEvidence> topPosts = new ArrayList<>();
    public Map<String, Double> authorReach = new HashMap<>();
    public Map<String, Double> authorPosts = new HashMap<>();
    public Map<String, Double> stores = new HashMap<>();
    public Map<String, Double> initiatives = new HashMap<>();
    public Map<String, Double> terms = new HashMap<>();
    public double termTotal;

    public WaveEpisode() {}

    public void add(ScopedEvent event) {
        events++;
        if (event.polarity() == Signal.POSITIVE) {
            positive++;
        } else if (event.polarity() == Signal.NEGATIVE) {
            negative++;
        } else {
            neutral++;
        }
        reach += event.reach();
        if (event.createdAtMillis() < firstAtMillis) {
            firstAtMillis = event.createdAtMillis();
            firstFeedbackId = event.feedbackId();
        }
        keepIfTopPost(event);
        if (event.authorId() != null) {
            authorReach.merge(event.authorId(), (double) event.reach(), Math::max);
            BoundedCounts.add(authorPosts, event.authorId(), 1, MAX_AUTHORS);
            if (authorReach.size() > 2 * MAX_AUTHORS) {
                authorReach.keySet().retainAll(authorPosts.keySet());
            }
        }
        if (event.storeId() != null) {
            BoundedCounts.add(stores, event.storeId(), 1, MAX_PLACES);
        }
        for (String initiative : event.initiativeIds()) {
            BoundedCounts.add(initiatives, initiative, 1, MAX_PLACES);
        }
        for (String term : event.terms()) {
            BoundedCounts.add(terms, term, 1, MAX_TERMS);
        }
        termTotal += event.terms().size();
    }

    private void keepIfTopPost(ScopedEvent event) {
        if (topPosts.size() == TOP && topPosts.get(TOP - 1).reach() >= event.reach()) {
            return;
        }
        topPosts.add(new PostEvidence(event.feedbackId(), event.authorId(), event.reach(), event.sentimentScore(),
                Instant.ofEpochMilli(event.createdAtMillis()), event.snippet()));
        topPosts.sort(Comparator.comparingLong(PostEvidence::reach).reversed()
                .thenComparing(PostEvidence::feedbackId));
        if (topPosts.size() > TOP) {
            topPosts.remove(TOP);
        }
    }

    /** Positive or negative when one side clearly dominates the posts with an opinion, else mixed. */
    public Polarity polarity(Signal trigger) {
        if (positive + negative == 0) {
            return trigger == Signal.POSITIVE ? Polarity.POSITIVE
                    : trigger == Signal.NEGATIVE ? Polarity.NEGATIVE : Polarity.MIXED;
        }
        if (negative >= POLARITY_DOMINANCE * positive) {
            return Polarity.NEGATIVE;
        }
        if (positive >= POLARITY_DOMINANCE * negative) {
            return Polarity.POSITIVE;
        }
        return Polarity.MIXED;
    }

    /** In [0, 1]: how one-sided the opinions are (0 for as many positive as negative posts). */
    public double polarityStrength() {
        long opinions = positive + negative;
        return opinions == 0 ? 0 : Math.abs(positive - negative) / (double) opinions;
    }

    public AlertEvidence evidence(double expectedEvents, double surprise, Map<String, Double> usualTerms,
            double usualTermTotal) {
        List<AuthorEvidence> authors = authorPosts.keySet().stream()
                .map(a -> new AuthorEvidence(a, Math.round(authorReach.getOrDefault(a, 0.0)),
                        Math.round(authorPosts.get(a))))
                .sorted(Comparator.comparingLong(AuthorEvidence::reach).reversed()
                        .thenComparing(AuthorEvidence::authorId))
                .limit(TOP).toList();
        return new AlertEvidence(events, Math.round(expectedEvents * 100) / 100.0, positive, negative, neutral,
                firstFeedbackId, topPosts.stream().map(PostEvidence::feedbackId).toList(),
                BoundedCounts.topKeys(stores, MAX_PLACES), BoundedCounts.topKeys(initiatives, MAX_PLACES),
                Math.round(surprise * 10) / 10.0, reach,
                WaveTerms.top(terms, Math.max(1, termTotal), usualTerms, Math.max(1, usualTermTotal), 8),
                topPosts, authors, null);
    }
}
