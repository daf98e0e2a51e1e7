package io.pullwatch.core.detection;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SchemaVersion;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Detects waves in one scope's feedback as it arrives, against the scope's learned baseline.
 *
 * <p>On every event the detector sums the last 1, 5 and 15 buckets of each watched volume (all feedback, positive,
 * negative) and compares each sum with its baseline by a Poisson tail widened for the scope's dispersion
 * ({@link VolumeSignal#strongest}); the nine tests cost a Bonferroni penalty of log10 9. An alert opens the moment
 * the strongest surprise reaches {@code openSurprise} with at least {@code minEvents} events at {@code minRatio}
 * times the expectation, once the scope has {@code minHistory} behind it — mid-bucket, not when a window ends.
 *
 * <p>Hysteresis and cooldown make one wave one alert: it is UPDATED when its severity rises by two or its polarity
 * turns, and when it calms by two; it is RESOLVED only after {@code cooldown} of buckets all below
 * {@code closeSurprise} (judged on the windows of up to {@link #QUIET_WINDOW} buckets), and the scope may not open another alert for a further {@code cooldown}. The alert id is a
 * name-based UUID of the scope and the bucket where the wave started, so a replay gives the same ids.
 */
public final class WaveDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DETECTOR = "seasonal-surprise";
    static final double MULTIPLE_TEST_PENALTY = Math.log10(Signal.values().length * VolumeSignal.WINDOWS.length);
    static final int SEVERITY_STEP = 2;
    /**
     * Whether a bucket is quiet is judged on the windows of up to five buckets: the fifteen-bucket window would keep
     * a wave that has stopped "surprising" for a quarter of an hour longer.
     */
    static final int QUIET_WINDOW = 5;
    /** Least time between two updates of one alert: a wave's story, not its every tremor. */
    static final long MIN_UPDATE_GAP_MILLIS = 5 * 60_000;
    static final int MIN_OPINIONS_TO_TURN = 10;
    static final double TERM_POSTS_PER_MINUTE = 1.0;
    static final int MAX_TERM_SAMPLING = 1000;

    private final DetectionSettings settings;

    public WaveDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    public DetectionSettings settings() {
        return settings;
    }

    public long bucketOf(long millis) {
        return Math.floorDiv(millis, settings.bucketMillis());
    }

    /** End (exclusive) of the bucket holding {@code millis}. */
    public long bucketEnd(long millis) {
        return (bucketOf(millis) + 1) * settings.bucketMillis();
    }

    /** Counts {@code event} in {@code watch}; returns the alert it opens or updates, if any. */
    public Optional<Alert> observe(String scope, ScopeWatch watch, ScopedEvent event) {
        long at = event.createdAtMillis();
        watch.advanceClock(at);
        long bucket = bucketOf(at);
        watch.all.add(at, bucket, event.weight());
        if (event.polarity() != null) {
            watch.signal(event.polarity()).add(at, bucket, event.weight());
        }
        long windowStart = (bucketOf(watch.latestMillis) - RecentBuckets.SIZE + 1) * settings.bucketMillis();
        watch.remember(event, windowStart);
        WaveEpisode episode = watch.episode;
        if (episode != null) {
            episode.add(event);
            return escalation(scope, watch, strongest(watch, bucketOf(watch.latestMillis), watch.latestMillis));
        }
        watch.learnUsualTerms(event, termSampling(watch));
        if (watch.latestMillis - watch.firstSeenMillis < settings.minHistory().toMillis()
                || (watch.lastResolvedMillis != Long.MIN_VALUE
                        && watch.latestMillis - watch.lastResolvedMillis < settings.cooldown().toMillis())) {
            return Optional.empty();
        }
        Surprise strongest = strongest(watch, bucketOf(watch.latestMillis), watch.latestMillis, RecentBuckets.SIZE,
                settings.minRatio());
        if (strongest.surprise() < settings.openSurprise() || strongest.events() < settings.minEvents()
                || strongest.ratio() < settings.minRatio()) {
            return Optional.empty();
        }
        return Optional.of(open(scope, watch, strongest));
    }

    /**
     * The bucket ending at {@code bucketEnd} is over (the watermark passed it): closes the baselines' elapsed hours
     * and decides whether the open alert calms or ends.
     */
    public Optional<Alert> closeBucket(String scope, ScopeWatch watch, long bucketEnd) {
        long hour = Math.floorDiv(bucketEnd, SeasonalBaseline.HOUR) * SeasonalBaseline.HOUR;
        for (Signal signal : Signal.values()) {
            watch.signal(signal).baseline.advanceTo(hour);
        }
        WaveEpisode episode = watch.episode;
        if (episode == null) {
            return Optional.empty();
        }
        Surprise recent = strongest(watch, bucketOf(bucketEnd - 1), bucketEnd - 1, QUIET_WINDOW);
        episode.quietBuckets = recent.surprise() < settings.closeSurprise() ? episode.quietBuckets + 1 : 0;
        if ((long) episode.quietBuckets * settings.bucketMillis() >= settings.cooldown().toMillis()) {
            watch.episode = null;
            watch.lastResolvedMillis = bucketEnd;
            watch.setSuppressing(false);
            return Optional.of(alert(scope, watch, episode, recent, AlertStatus.RESOLVED, bucketEnd,
                    episode.lastSeverity));
        }
        int severity = severity(excessRatio(watch, bucketOf(bucketEnd - 1), bucketEnd - 1), episode);
        if (severity <= episode.lastSeverity - SEVERITY_STEP && bucketEnd - episode.lastUpdateMillis >= MIN_UPDATE_GAP_MILLIS) {
            episode.lastSeverity = severity;
            return Optional.of(alert(scope, watch, episode, recent, AlertStatus.UPDATED, bucketEnd, severity));
        }
        return Optional.empty();
    }

    private Alert open(String scope, ScopeWatch watch, Surprise trigger) {
        long startBucket = waveStartBucket(watch.signal(trigger.signal()), trigger, bucketOf(watch.latestMillis));
        WaveEpisode episode = new WaveEpisode();
        episode.waveStartMillis = startBucket * settings.bucketMillis();
        episode.alertId = alertId(scope, episode.waveStartMillis);
        for (ScopedEvent earlier : watch.recentEvents) {
            if (earlier.createdAtMillis() >= episode.waveStartMillis) {
                episode.add(earlier);
            }
        }
        episode.lastSeverity = severity(excessRatio(watch, bucketOf(watch.latestMillis), watch.latestMillis), episode);
        episode.lastPolarity = episode.polarity(trigger.signal());
        watch.episode = episode;
        watch.setSuppressing(true);
        return alert(scope, watch, episode, trigger, AlertStatus.OPENED, watch.latestMillis, episode.lastSeverity);
    }

    private Optional<Alert> escalation(String scope, ScopeWatch watch, Surprise now) {
        WaveEpisode episode = watch.episode;
        if (watch.latestMillis - episode.lastUpdateMillis < MIN_UPDATE_GAP_MILLIS) {
            return Optional.empty();
        }
        int severity = severity(excessRatio(watch, bucketOf(watch.latestMillis), watch.latestMillis), episode);
        Polarity polarity = episode.polarity(now.signal());
        boolean turned = polarity != episode.lastPolarity && episode.positive + episode.negative >= MIN_OPINIONS_TO_TURN;
        if (severity < episode.lastSeverity + SEVERITY_STEP && !turned) {
            return Optional.empty();
        }
        episode.lastSeverity = Math.max(severity, episode.lastSeverity);
        episode.lastPolarity = polarity;
        return Optional.of(alert(scope, watch, episode, now, AlertStatus.UPDATED, watch.latestMillis, severity));
    }

    /** One post in how many teaches the usual words: about one a minute is plenty for a word profile. */
    private int termSampling(ScopeWatch watch) {
        double perMinute = watch.all.baseline.level / Math.max(1e-9, watch.all.baseline.meanWeight) / 60;
        return (int) Math.max(1, Math.min(MAX_TERM_SAMPLING, Math.floor(perMinute / TERM_POSTS_PER_MINUTE)));
    }

    /** The first bucket of the firing window that held more than its expected share: where the wave began. */
    private static long waveStartBucket(VolumeSignal signal, Surprise trigger, long lastBucket) {
        double perBucket = trigger.expected() / trigger.buckets();
        for (long b = lastBucket - trigger.buckets() + 1; b < lastBucket; b++) {
            if (signal.recent.volume(b, 1) > perBucket) {
                return b;
            }
        }
        return lastBucket;
    }

    /** All feedback over the last {@link RecentBuckets#SIZE} buckets against its expectation. */
    private double excessRatio(ScopeWatch watch, long bucket, long millis) {
        double expected = Math.max(settings.floorPerHour(), watch.all.baseline.expectedPerHour(millis))
                * settings.bucketHours() * RecentBuckets.SIZE;
        return watch.all.recent.volume(bucket, RecentBuckets.SIZE) / expected;
    }

    private Surprise strongest(ScopeWatch watch, long bucket, long millis) {
        return strongest(watch, bucket, millis, RecentBuckets.SIZE, 1.0);
    }

    private Surprise strongest(ScopeWatch watch, long bucket, long millis, int maxWidth) {
        return strongest(watch, bucket, millis, maxWidth, 1.0);
    }

    /** The most surprising window of any signal, among those holding at least {@code minRatio} times their share. */
    private Surprise strongest(ScopeWatch watch, long bucket, long millis, int maxWidth, double minRatio) {
        Surprise best = Surprise.NONE;
        for (Signal signal : Signal.values()) {
            Surprise candidate = watch.signal(signal).strongest(signal, bucket, millis, settings.bucketHours(),
                    settings.floorPerHour(), MULTIPLE_TEST_PENALTY, maxWidth, minRatio);
            if (candidate.isStrongerThan(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * 1 to 10: one point, plus up to six for the excess over baseline (a point per doubling of all feedback over the
     * last {@link RecentBuckets#SIZE} buckets, steadier than the window that fired), two for the wave's
     * audience (a point per 2.5 decades of followers reached) and one for how one-sided its opinions are.
     */
    static int severity(double excessRatio, WaveEpisode episode) {
        double excess = clamp(Math.log(Math.max(1.0, excessRatio)) / Math.log(2), 0, 6);
        double audience = clamp(Math.log10(1.0 + episode.reach) / 2.5, 0, 2);
        return (int) clamp(Math.round(1 + excess + audience + episode.polarityStrength()), 1, 10);
    }

    private Alert alert(String scope, ScopeWatch watch, WaveEpisode episode, Surprise surprise, AlertStatus status,
            long windowEnd, int severity) {
        episode.revision++;
        episode.lastUpdateMillis = windowEnd;
        double eventsPerHour = Math.max(settings.floorPerHour(), watch.all.baseline.expectedPerHour(windowEnd))
                / Math.max(1e-9, watch.all.baseline.meanWeight);
        double expected = eventsPerHour * Math.max(windowEnd - episode.waveStartMillis, settings.bucketMillis())
                / SeasonalBaseline.HOUR;
        AlertEvidence evidence = episode.evidence(expected, surprise.surprise(), watch.usualTerms, watch.usualTermTotal);
        Polarity polarity = status == AlertStatus.RESOLVED ? episode.lastPolarity : episode.polarity(surprise.signal());
        return new Alert(SchemaVersion.CURRENT, episode.alertId, episode.revision, status, scope, polarity, severity,
                Instant.ofEpochMilli(episode.waveStartMillis), Instant.ofEpochMilli(windowEnd), DETECTOR,
                summary(scope, status, polarity, episode, expected, evidence, windowEnd), evidence);
    }

    private static String summary(String scope, AlertStatus status, Polarity polarity, WaveEpisode episode,
            double expected, AlertEvidence evidence, long windowEnd) {
        long minutes = Math.max(1, (windowEnd - episode.waveStartMillis) / 60_000);
        String wave = polarity.name().toLowerCase(Locale.ROOT) + " wave in " + scope;
        StringBuilder text = new StringBuilder(status == AlertStatus.RESOLVED ? "Ended: " + wave
                : Character.toUpperCase(wave.charAt(0)) + wave.substring(1));
        text.append(String.format(Locale.ROOT, ": %d posts in %d min against %.1f expected", episode.events, minutes,
                expected));
        if (expected > 0) {
            text.append(String.format(Locale.ROOT, " (%.0f×)", episode.events / expected));
        }
        if (!evidence.topTerms().isEmpty()) {
            text.append("; words: ").append(String.join(", ", evidence.topTerms().stream().limit(4)
                    .map(AlertEvidence.TermEvidence::term).toList()));
        }
        if (!evidence.initiativeIds().isEmpty()) {
            text.append("; initiative ").append(evidence.initiativeIds().get(0));
        }
        return text.toString();
    }

    static String alertId(String scope, long waveStartMillis) {
        String name = DETECTOR + "|" + scope + "|" + waveStartMillis;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
