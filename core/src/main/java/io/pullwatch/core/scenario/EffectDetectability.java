package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.impact.EffectEstimate;
import io.pullwatch.core.impact.GroupStats;
import io.pullwatch.core.impact.ImpactSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * When a planted effect first becomes detectable: the first piece of feedback after which the evidence crosses the
 * always-valid boundary the impact stage uses, with every piece's true store known and the estimate worked out after
 * every event rather than at the end of each bucket. The groups (the store and the stores running no initiative,
 * before and since the start), the minimum counts and the boundary are the stage's defaults.
 *
 * <p>What a piece of feedback says is read by a function: the answer key's own reading, {@link #STARS} (a review's
 * stars, (stars − 3) / 2; a post of praise +1, of complaint −1, otherwise 0), or, in the evaluation, the sentiment the
 * text stage reads, so that the delay measured is what the impact stage adds. NaN: no sentiment, not counted.
 */
public final class EffectDetectability {

    /** The answer key's reading of a piece of feedback, from its stars or its planted polarity. */
    public static final ToDoubleFunction<ScenarioEvent> STARS = e -> {
        if (e.review() != null) {
            return (e.review().rating() - 3) / 2.0;
        }
        Polarity polarity = e.truth().polarity();
        return polarity == Polarity.POSITIVE ? 1.0 : polarity == Polarity.NEGATIVE ? -1.0 : 0.0;
    };

    /** Initiatives keep their store out of the comparable stores until this long after they end. */
    static final Duration TAIL = Duration.ofHours(48);

    private EffectDetectability() {}

    /** @return the first instant the effect is detectable in its planted direction; null for none, or if never */
    public static Instant detectableAt(Scenario scenario, PlantedEffect effect, ToDoubleFunction<ScenarioEvent> reading) {
        if (effect.direction() == PlantedEffect.Direction.NONE) {
            return null;
        }
        int direction = effect.direction() == PlantedEffect.Direction.POSITIVE ? 1 : -1;
        ImpactSettings defaults = ImpactSettings.defaults();
        var estimator = defaults.estimator();
        Instant startsAt = effect.onset();
        Instant baselineFrom = startsAt.minus(defaults.baseline());
        GroupStats storeBefore = GroupStats.EMPTY;
        GroupStats comparableBefore = GroupStats.EMPTY;
        GroupStats storeAfter = GroupStats.EMPTY;
        GroupStats comparableAfter = GroupStats.EMPTY;
        GroupStats tied = GroupStats.EMPTY;
        for (ScenarioEvent e : scenario.events()) {
            if (e.initiative() != null || e.at().isBefore(baselineFrom)) {
                continue;
            }
            double score = reading.applyAsDouble(e);
            String store = storeOf(e);
            if (Double.isNaN(score) || store == null) {
                continue;
            }
            boolean atStore = store.equals(effect.storeId());
            boolean comparable = !atStore && comparable(scenario.initiatives(), store, e.at());
            if (e.at().isBefore(startsAt)) {
                storeBefore = atStore ? storeBefore.plus(score) : storeBefore;
                comparableBefore = comparable ? comparableBefore.plus(score) : comparableBefore;
                continue;
            }
            storeAfter = atStore ? storeAfter.plus(score) : storeAfter;
            comparableAfter = comparable ? comparableAfter.plus(score) : comparableAfter;
            tied = effect.initiativeId().equals(e.truth().initiativeId()) ? tied.plus(score) : tied;
            EffectEstimate estimate = estimator.estimate(storeBefore, storeAfter, comparableBefore, comparableAfter);
            boolean leansTheSameWay = Math.signum(tied.mean() - storeBefore.mean()) == direction;
            if (estimate.direction() == direction && tied.count() >= defaults.minAttributed() && leansTheSameWay) {
                return e.at();
            }
        }
        return null;
    }

    private static String storeOf(ScenarioEvent e) {
        return e.review() != null ? e.review().storeId() : e.mention().storeHint();
    }

    private static boolean comparable(List<Initiative> initiatives, String store, Instant at) {
        return initiatives.stream().noneMatch(i -> i.storeId().equals(store) && i.runsAt(at, TAIL));
    }
}
