package io.pullwatch.core.impact;

import io.pullwatch.core.detection.PoissonTail;
import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.Initiative;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The impact of a store's initiatives, computed from the store's feedback and the comparable stores' (those running
 * no initiative). Driven by three calls, which the Flink stage makes from its input and its event-time timers and a
 * replay makes in the same order:
 * <ol>
 * <li>{@link #observe} for each piece of feedback: summed into its bucket, flagged for risks, tied to the
 *     initiatives it is attributed to;
 * <li>{@link #closeBucket} once event time has passed a bucket: each initiative's comparison is brought up to date
 *     and its effect estimated (a notice when it first becomes significant, another only if it turns the other way),
 *     each risk's count in the recent window is tested against the store's usual share of feedback showing it (a
 *     notice when it rises), initiatives past their end plus tail are dropped (once the digest has told of their
 *     last day) and old buckets freed;
 * <li>{@link #digest} at the digest hour: one notice summing up the day of every initiative that had one.
 * </ol>
 * Each call says when it wants the next: a store with initiatives has every bucket closed, and a digest each day.
 */
public final class StoreImpact {

    /** Before any history, one piece of feedback in a hundred is assumed to show each risk. */
    static final double PRIOR_FLAGGED = 1.0;
    static final double PRIOR_FEEDBACK = 100.0;

    private final ImpactSettings settings;
    private final DifferenceInDifferences estimator;
    private final RiskFlagger flagger;
    private final NotificationWriter writer;

    /** What {@link #observe} did: whether the feedback came too late to count, and the timers it needs. */
    public record Observed(boolean late, long closeAt, Long digestAt) {}

    /** What {@link #closeBucket} found, and when it wants the next bucket closed and the next digest (null: none). */
    public record Closed(List<ImpactNotification> notifications, Long nextCloseAt, Long digestAt) {}

    /** The digest (null when nothing happened that day), and when the next one is due (null: none). */
    public record Digested(ImpactNotification notification, Long nextDigestAt) {}

    public StoreImpact(ImpactSettings settings) {
        this.settings = settings;
        this.estimator = settings.estimator();
        this.flagger = new RiskFlagger(settings.offBrandLexicon());
        this.writer = new NotificationWriter(estimator);
    }

    public ImpactSettings settings() {
        return settings;
    }

    /** Whether a timer at {@code timestamp} closes a bucket (it falls on a bucket's last millisecond) or is a digest. */
    public boolean isBucketClose(long timestamp) {
        return Math.floorMod(timestamp + 1, settings.bucketMillis()) == 0;
    }

    /** The first digest time strictly after {@code epochMillis}. */
    public long nextDigestAfter(long epochMillis) {
        long day = Duration.ofDays(1).toMillis();
        long today = Math.floorDiv(epochMillis, day) * day + Duration.ofHours(settings.digestHour()).toMillis();
        return today > epochMillis ? today : today + day;
    }

    // ------------------------------------------------------------------------------------------------- feedback

    /** @param watermark event time already passed: feedback of a bucket closed before it no longer counts */
    public Observed observe(StoreFeedback storeFeedback, long watermark, StoreImpactState state) {
        Feedback feedback = storeFeedback.feedback();
        long at = feedback.createdAt().toEpochMilli();
        long bucketStart = settings.bucketStart(at);
        long closeAt = bucketStart + settings.bucketMillis() - 1;
        if (closeAt <= watermark) {
            return new Observed(true, closeAt, null);
        }
        OfferSet announced = settings.officialCommunication().at(storeFeedback.storeId(), feedback.createdAt());
        for (Initiative running : storeFeedback.running()) {
            announced = announced.plus(OfferSet.statedBy(running));
        }
        List<RiskFlag> flags = flagger.flags(feedback, announced);
        StoreBucket bucket = state.bucket(bucketStart);
        state.putBucket(bucketStart, (bucket == null ? StoreBucket.EMPTY : bucket).plus(feedback, flags));

        Set<String> tiedTo = feedback.attributions().stream().map(Attribution::initiativeId)
                .collect(Collectors.toSet());
        List<String> tiedHere = new ArrayList<>();
        for (Initiative running : storeFeedback.running()) {
            InitiativeTrack track = state.track(running.id());
            track = track == null ? InitiativeTrack.start(running, at) : track.seenRunning(running, at);
            if (tiedTo.contains(running.id())) {
                track = track.withTied(track.tied().plus(feedback), track.today().plus(feedback));
                tiedHere.add(running.id());
            }
            state.putTrack(track);
        }
        StoreRiskState risks = state.risks();
        if (risks == null || !flags.isEmpty()) {
            risks = risks == null ? StoreRiskState.startingAt(bucketStart) : risks;
            for (RiskFlag flag : flags) {
                risks = risks.plus(new FlaggedFeedback(RiskNames.of(flag.risk()),
                        Snippets.quote(feedback, flag.matched()), tiedHere, at));
            }
            state.putRisks(risks);
        }
        return new Observed(false, closeAt, state.hasTracks() ? nextDigestAfter(Math.max(at, watermark)) : null);
    }

    // ------------------------------------------------------------------------------------------------- buckets

    /** Event time has passed the bucket starting at {@code bucketStart}: everything in it is known. */
    public Closed closeBucket(String storeId, long bucketStart, ComparableBuckets comparables, StoreImpactState state) {
        long bucketMillis = settings.bucketMillis();
        long end = bucketStart + bucketMillis;
        long horizon = end - settings.baseline().toMillis();
        long recentFrom = end - settings.recentWindow().toMillis();
        History history = history(state, bucketStart, horizon, recentFrom);

        List<ImpactNotification> notices = new ArrayList<>();
        List<InitiativeTrack> live = new ArrayList<>();
        for (InitiativeTrack track : state.tracks()) {
            if (isOver(track, end) && !awaitsDigest(track)) {
                state.removeTrack(track.initiative().id());
                continue;
            }
            track = compare(track, bucketStart, horizon, comparables, state);
            EffectEstimate estimate = track.comparison().estimate(estimator);
            int credited = credited(track, estimate);
            // once an effect is notified, a dip below significance and back is the same effect: only a change of
            // direction is news
            if (credited != 0 && credited != track.effectDirection()) {
                track = track.withEffect(track.effectEpisodes() + 1, credited);
                notices.add(writer.effect(storeId, track, estimate, history.language(), end));
            }
            state.putTrack(track);
            live.add(track);
        }

        StoreRiskState risks = state.risks() == null ? StoreRiskState.startingAt(bucketStart) : state.risks();
        risks = risks.since(recentFrom).withLanguage(history.language());
        for (ImpactRisk risk : ImpactRisk.values()) {
            String name = RiskNames.of(risk);
            long observed = history.recent().getOrDefault(name, 0L);
            // the store's usual share of feedback showing the risk, one in a hundred assumed before any history so
            // that a new store is not all surprise; a surge of feedback alone does not raise a risk
            double share = (history.before().getOrDefault(name, 0L) + PRIOR_FLAGGED)
                    / (history.feedbackBefore() + PRIOR_FEEDBACK);
            double expected = share * history.feedbackRecent();
            double pValue = PoissonTail.atLeast(observed, expected);
            boolean rising = !live.isEmpty() && observed >= settings.riskMinCount()
                    && pValue < settings.riskSignificance();
            if (rising && !risks.isRaised(name)) {
                risks = risks.raise(name);
                InitiativeTrack blamed = blamed(risks.evidenceOf(name), live);
                notices.add(writer.risk(storeId, blamed, risk, risks.episodesOf(name),
                        new RiskCount(observed, history.feedbackRecent(), expected, pValue), risks.evidenceOf(name),
                        history.language(), recentFrom, end));
                if (blamed != null) {
                    state.putTrack(blamed.withRiskToday(name));
                }
            } else if (observed < settings.riskMinCount() && risks.isRaised(name)) {
                // lowered once the window holds fewer than the minimum again, not when the chance merely creeps up
                // with the volume: one burst is one episode
                risks = risks.lower(name);
            }
        }
        state.putRisks(risks);
        boolean more = !live.isEmpty();
        return new Closed(notices, more ? end + bucketMillis - 1 : null, more ? nextDigestAfter(end - 1) : null);
    }

    /**
     * What the closed buckets say: languages, and feedback and risk counts before and within the recent window, from
     * the store's running totals (built from the kept buckets the first time, or after they expired). Buckets leaving
     * the baseline go.
     */
    private History history(StoreImpactState state, long bucketStart, long horizon, long recentFrom) {
        long step = settings.bucketMillis();
        long keepFrom = settings.bucketStart(horizon) == horizon ? horizon : settings.bucketStart(horizon) + step;
        BucketTotals totals = state.totals();
        if (totals == null) {
            List<Map.Entry<Long, StoreBucket>> kept = state.buckets();
            kept.stream().map(Map.Entry::getKey).filter(start -> start < keepFrom).forEach(state::removeBucket);
            totals = BucketTotals.of(kept, keepFrom, bucketStart - step);
        } else {
            for (long s = totals.oldest(); s < keepFrom; s += step) {
                StoreBucket old = state.bucket(s);
                if (old != null) {
                    totals = s <= totals.lastClosed() ? totals.minus(old) : totals;
                    state.removeBucket(s);
                }
            }
            totals = totals.from(keepFrom);
        }
        if (bucketStart > totals.lastClosed()) {
            totals = totals.closed(bucketStart, state.bucket(bucketStart));
        }
        state.putTotals(totals);

        Map<String, Long> recent = new HashMap<>();
        long feedbackRecent = 0;
        for (long s = Math.max(recentFrom, keepFrom); s <= bucketStart; s += step) {
            StoreBucket bucket = state.bucket(s);
            if (bucket != null) {
                bucket.risks().forEach((risk, count) -> recent.merge(risk, count, Long::sum));
                feedbackRecent += bucket.feedback();
            }
        }
        Map<String, Long> before = new HashMap<>(totals.risks());
        recent.forEach((risk, count) -> before.merge(risk, -count, Long::sum));
        return new History(totals.french() > totals.english() ? "fr" : "en", before, recent,
                totals.feedback() - feedbackRecent, feedbackRecent);
    }

    private record History(String language, Map<String, Long> before, Map<String, Long> recent, long feedbackBefore,
            long feedbackRecent) {}

    /** A risk's count in the recent window, out of how much feedback, against what the store's history predicts. */
    record RiskCount(long observed, long feedback, double expected, double pValue) {}

    /** Past its end plus the tail, or not found running at the store for a whole tail (retired, deleted). */
    private boolean isOver(InitiativeTrack track, long now) {
        long tail = settings.tail().toMillis();
        Instant endsAt = track.initiative().endsAt();
        return (endsAt != null && now > endsAt.toEpochMilli() + tail) || now - track.lastSeenRunning() > tail;
    }

    /** Feedback or a risk since the last digest: the track is kept until the digest has told of it. */
    private static boolean awaitsDigest(InitiativeTrack track) {
        return track.today().count() > 0 || !track.risksToday().isEmpty();
    }

    /** The track's comparison with its baseline taken (the first time) and every closed bucket since added. */
    private InitiativeTrack compare(InitiativeTrack track, long bucketStart, long horizon,
            ComparableBuckets comparables, StoreImpactState state) {
        long bucketMillis = settings.bucketMillis();
        Comparison comparison = track.comparison();
        if (comparison == null) {
            long startsAt = track.initiative().startsAt().toEpochMilli();
            long beforeEnd = settings.bucketStart(startsAt);
            long afterFrom = beforeEnd == startsAt ? startsAt : beforeEnd + bucketMillis;
            PeriodStats storeBefore = PeriodStats.EMPTY;
            PeriodStats comparableBefore = PeriodStats.EMPTY;
            long from = settings.bucketStart(Math.max(beforeEnd - settings.baseline().toMillis(), horizon));
            for (long s = from; s < beforeEnd; s += bucketMillis) {
                storeBefore = storeBefore.plus(state.bucket(s));
                comparableBefore = comparableBefore.plus(comparables.at(s));
            }
            comparison = new Comparison(afterFrom, afterFrom - bucketMillis, storeBefore, PeriodStats.EMPTY,
                    comparableBefore, PeriodStats.EMPTY);
        }
        long from = Math.max(Math.max(comparison.afterFrom(), comparison.lastBucket() + bucketMillis),
                settings.bucketStart(horizon));
        for (long s = from; s <= bucketStart; s += bucketMillis) {
            comparison = comparison.plusAfter(s, state.bucket(s), comparables.at(s));
        }
        return track.withComparison(comparison);
    }

    /**
     * The direction of a significant effect, credited to the initiative only when enough feedback is tied to it and
     * that feedback leans the same way against the store's baseline: the estimate is the store's, and another cause
     * at the store should not be put down to this initiative.
     */
    private int credited(InitiativeTrack track, EffectEstimate estimate) {
        if (!estimate.significant() || track.tied().count() < settings.minAttributed()) {
            return 0;
        }
        Double tiedMean = track.tied().meanSentiment();
        if (tiedMean == null) {
            return 0;
        }
        double lean = tiedMean - estimate.storeBefore().mean();
        return (int) Math.signum(lean) == estimate.direction() ? estimate.direction() : 0;
    }

    /**
     * The initiative a risk is put down to: the one most of its flagged feedback is tied to, else the store's only
     * initiative; null when the store runs several and the feedback names none.
     */
    private static InitiativeTrack blamed(List<FlaggedFeedback> evidence, List<InitiativeTrack> live) {
        Map<String, Integer> counts = new HashMap<>();
        for (FlaggedFeedback flagged : evidence) {
            flagged.initiativeIds().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        InitiativeTrack best = null;
        int bestCount = 0;
        for (InitiativeTrack track : live) {
            int count = counts.getOrDefault(track.initiative().id(), 0);
            if (count > bestCount) {
                best = track;
                bestCount = count;
            }
        }
        if (best == null && live.size() == 1) {
            return live.get(0);
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------------- digests

    /** The daily digest due at {@code at}: every initiative with feedback or a risk that day; then a new day. */
    public Digested digest(String storeId, long at, StoreImpactState state) {
        List<InitiativeTrack> tracks = state.tracks();
        List<InitiativeTrack> eventful = new ArrayList<>();
        for (InitiativeTrack track : tracks) {
            if (track.today().count() > 0 || !track.risksToday().isEmpty()) {
                eventful.add(track);
            }
            state.putTrack(track.newDay());
        }
        StoreRiskState risks = state.risks();
        String language = risks == null || risks.language() == null ? "en" : risks.language();
        ImpactNotification notice = eventful.isEmpty() ? null : writer.digest(storeId, eventful, language, at);
        return new Digested(notice, tracks.isEmpty() ? null : nextDigestAfter(at));
    }
}
