package io.pullwatch.core.detection;

import io.pullwatch.core.detection.CascadeForecast.Forecast;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertEvidence.CascadeEvidence;
import io.pullwatch.core.event.AlertEvidence.PostEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SchemaVersion;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Flags posts whose reshare cascade is predicted to go viral, from {@link CascadeForecast} (SEISMIC). A cascade's
 * alert opens when the predicted final number of reshares reaches {@code viralCascade} with at least
 * {@code minReshares} seen (or the process is supercritical and a tenth of that size is already reached); it is UPDATED when the prediction moves by a quarter or more;
 * it is RESOLVED after {@link #QUIET} without a reshare. Forecasts are made when the cascade grew by
 * {@link #REFORECAST_GROWTH} or {@link #REFORECAST_EVERY} has passed, so a cascade of n reshares costs O(n log n) per
 * forecast but only logarithmically many forecasts.
 */
public final class CascadeDetector implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DETECTOR = "cascade-forecast";
    public static final Duration QUIET = Duration.ofHours(1);
    static final double REFORECAST_GROWTH = 1.05;
    static final Duration REFORECAST_EVERY = Duration.ofMinutes(10);
    static final double UPDATE_CHANGE = 0.25;
    static final Duration SUPERCRITICAL_AFTER = Duration.ofMinutes(5);

    private final DetectionSettings settings;

    public CascadeDetector(DetectionSettings settings) {
        this.settings = settings;
    }

    /**
     * Whether the watch should be looked at again after {@code nowMillis}: its alert is open, or it is big enough to
     * forecast and still growing. Smaller cascades are looked at only when a reshare arrives.
     */
    public boolean isActive(CascadeWatch watch, long nowMillis) {
        return watch.alertId != null || (watch.reshares >= settings.minReshares()
                && nowMillis - watch.lastReshareMillis < QUIET.toMillis());
    }

    /** Looks at the cascade at {@code nowMillis} (a bucket end): the alert it opens, updates or resolves, if any. */
    public Optional<Alert> check(String rootId, CascadeWatch watch, long nowMillis) {
        if (watch.alertId != null && nowMillis - watch.lastReshareMillis >= QUIET.toMillis()) {
            Forecast last = CascadeForecast.at(watch.shares(), Duration.ofMillis(nowMillis - watch.rootMillis));
            Alert resolved = alert(rootId, watch, last, AlertStatus.RESOLVED, nowMillis);
            watch.alertId = null;
            return Optional.of(resolved);
        }
        if (watch.reshares < settings.minReshares() || !dueForForecast(watch, nowMillis)) {
            return Optional.empty();
        }
        Forecast forecast = CascadeForecast.at(watch.shares(), Duration.ofMillis(nowMillis - watch.rootMillis));
        watch.resharesAtLastForecast = watch.reshares;
        watch.lastForecastMillis = nowMillis;
        boolean viral = forecast.isSupercritical() ? trustsUnbounded(watch, nowMillis)
                : forecast.predicted() >= settings.viralCascade();
        if (watch.alertId == null) {
            if (!viral) {
                return Optional.empty();
            }
            watch.episodes++;
            watch.alertId = alertId(rootId, watch.episodes);
            watch.revision = 0;
            return Optional.of(alert(rootId, watch, forecast, AlertStatus.OPENED, nowMillis));
        }
        if (!movedEnough(watch.reportedPrediction, forecast.predicted())) {
            return Optional.empty();
        }
        return Optional.of(alert(rootId, watch, forecast, AlertStatus.UPDATED, nowMillis));
    }

    /**
     * An unbounded forecast is the model saying "more infectious than n* allows", which a few quick reshares of a
     * small account easily suggest. It flags the post only once past the reaction kernel's first five minutes and
     * with a tenth of the viral size already reshared.
     */
    private boolean trustsUnbounded(CascadeWatch watch, long nowMillis) {
        return nowMillis - watch.rootMillis >= SUPERCRITICAL_AFTER.toMillis()
                && watch.reshares * 10L >= settings.viralCascade();
    }

    private static boolean dueForForecast(CascadeWatch watch, long nowMillis) {
        return watch.reshares >= watch.resharesAtLastForecast * REFORECAST_GROWTH
                || (watch.reshares > watch.resharesAtLastForecast
                        && nowMillis - watch.lastForecastMillis >= REFORECAST_EVERY.toMillis());
    }

    static boolean movedEnough(double reported, double predicted) {
        if (Double.isInfinite(reported) || Double.isInfinite(predicted)) {
            return Double.isInfinite(reported) != Double.isInfinite(predicted);
        }
        return Math.abs(predicted - reported) >= UPDATE_CHANGE * Math.max(1, reported);
    }

    private Alert alert(String rootId, CascadeWatch watch, Forecast forecast, AlertStatus status, long nowMillis) {
        watch.revision++;
        watch.reportedPrediction = forecast.predicted();
        String scope = Scopes.CASCADE_PREFIX + rootId;
        Polarity polarity = watch.rootPolarity == Signal.POSITIVE ? Polarity.POSITIVE
                : watch.rootPolarity == Signal.NEGATIVE ? Polarity.NEGATIVE : Polarity.MIXED;
        CascadeEvidence cascade = new CascadeEvidence(watch.rootFeedbackId, watch.reshares, finite(forecast.predicted()),
                finite(forecast.low()), finite(forecast.high()), forecast.infectiousness());
        List<PostEvidence> root = watch.rootSeen ? List.of(new PostEvidence(watch.rootFeedbackId, watch.rootAuthorId,
                watch.rootFollowers, watch.rootSentiment, Instant.ofEpochMilli(watch.rootMillis), watch.rootSnippet))
                : List.of();
        AlertEvidence evidence = new AlertEvidence(watch.reshares, finiteOr(forecast.predicted(), watch.reshares),
                0, 0, 0, watch.rootFeedbackId, root.stream().map(PostEvidence::feedbackId).toList(), List.of(),
                List.of(), 0.0, watch.rootFollowers, null, root, null, cascade);
        String prediction = forecast.isSupercritical() ? "unbounded (supercritical)"
                : String.format(Locale.ROOT, "%,.0f (95%% %,.0f–%s)", forecast.predicted(), forecast.low(),
                        Double.isInfinite(forecast.high()) ? "∞" : String.format(Locale.ROOT, "%,.0f", forecast.high()));
        String summary = String.format(Locale.ROOT, "%s post %s: %,d reshares in %d min, predicted final %s",
                status == AlertStatus.RESOLVED ? "Cascade over for" : "Viral cascade of", rootId, watch.reshares,
                Math.max(0, (nowMillis - watch.rootMillis) / 60_000), prediction);
        return new Alert(SchemaVersion.CURRENT, watch.alertId, watch.revision, status, scope, polarity,
                severity(forecast, watch), Instant.ofEpochMilli(watch.rootMillis), Instant.ofEpochMilli(nowMillis),
                DETECTOR, summary, evidence);
    }

    /** 1 to 10: five at the viral size, a point per doubling above it; ten when the process is supercritical. */
    private int severity(Forecast forecast, CascadeWatch watch) {
        if (forecast.isSupercritical()) {
            return 10;
        }
        double doublings = Math.log(Math.max(1, forecast.predicted()) / settings.viralCascade()) / Math.log(2);
        return (int) Math.max(1, Math.min(10, Math.round(5 + doublings)));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? Math.round(value) : fallback;
    }

    /** Name-based on the root post and the episode's number, so that a replay gives the same ids. */
    static String alertId(String rootId, int episode) {
        String name = DETECTOR + "|" + rootId + "|" + episode;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
