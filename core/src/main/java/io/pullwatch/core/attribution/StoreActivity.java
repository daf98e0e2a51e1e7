package io.pullwatch.core.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much feedback one store is getting now against its usual level, and which initiatives the recent feedback names
 * explicitly, in event time. It lets context attribution see a wave: when a store suddenly gets far more feedback than
 * usual and the posts that name something name one initiative, the unnamed posts of the wave are most likely about
 * it too ("queued forty minutes outside" during the flash sale). A surge nobody ties to an initiative (a burst pipe,
 * a viral video) attributes nothing. Not every post of a surge belongs to it: the store's ordinary feedback goes on
 * meanwhile. So the words of the posts that name an initiative are kept too, and an unnamed post must share one of
 * them, used by at least {@link #MIN_WAVE_WORD_USES} recent posts, to be counted in the wave: a wave repeats itself
 * ("queue", "sold out", "rupture"), everyday feedback does not.
 *
 * <p>Both levels are exponentially decayed counts, so the state is five numbers and a few ids whatever the traffic.
 * In a steady stream of {@code r} events per minute the recent count settles at {@code r × RECENT_HALF_LIFE / ln 2}
 * and the usual count at {@code r × USUAL_HALF_LIFE / ln 2}; their ratio is what the recent count should be if
 * nothing were happening. An event older than the last one seen counts as if it had come then.
 *
 * @param firstMillis when the store's first feedback was seen, for the minimum-history gate
 * @param lastMillis the event time both counts are decayed to
 * @param recent feedback count decayed with {@link #RECENT_HALF_LIFE}
 * @param usual feedback count decayed with {@link #USUAL_HALF_LIFE}
 * @param recentlyNamed per initiative id, explicitly attributed feedback decayed with {@link #RECENT_HALF_LIFE}
 * @param waveWords per topic stem ({@link TopicWords}), the explicitly attributed feedback using it, decayed likewise
 */
public record StoreActivity(long firstMillis, long lastMillis, double recent, double usual,
        Map<String, Double> recentlyNamed, Map<String, Double> waveWords) {

    static final Duration RECENT_HALF_LIFE = Duration.ofMinutes(3);
    static final Duration USUAL_HALF_LIFE = Duration.ofHours(1);
    /** A store seen for less than this has no usual level yet, and never surges. */
    static final Duration MIN_HISTORY = Duration.ofMinutes(10);
    /** A surge must be this unlikely under the usual level (Poisson upper tail). */
    static final double SIGNIFICANCE = 1e-3;
    /** Explicit mentions an initiative needs in the recent feedback to explain a surge. */
    static final double MIN_NAMED = 2.0;
    /** Recent posts naming an initiative that must have used a word for it to mark the wave. */
    static final double MIN_WAVE_WORD_USES = 1.0;
    /** Below this, a decayed count is dropped, which keeps the maps small: a count of 1 goes in about 13 minutes. */
    private static final double NEGLIGIBLE = 0.05;

    public StoreActivity {
        recentlyNamed = recentlyNamed == null ? Map.of() : Map.copyOf(recentlyNamed);
        waveWords = waveWords == null ? Map.of() : Map.copyOf(waveWords);
    }

    /** A store's activity after its first piece of feedback. */
    public static StoreActivity first(Instant at, Collection<String> named, Collection<String> stems) {
        return new StoreActivity(at.toEpochMilli(), at.toEpochMilli(), 0, 0, Map.of(), Map.of())
                .observe(at, named, stems);
    }

    /**
     * The activity after one more piece of feedback at {@code at}, with its topic {@code stems}, explicitly naming the
     * {@code named} initiatives.
     */
    public StoreActivity observe(Instant at, Collection<String> named, Collection<String> stems) {
        long now = Math.max(lastMillis, at.toEpochMilli());
        double recentDecay = decay(now - lastMillis, RECENT_HALF_LIFE);
        // Outside waves nothing is named and both maps stay empty: no copying then.
        Map<String, Double> names = recentlyNamed.isEmpty() && named.isEmpty() ? recentlyNamed
                : decayed(recentlyNamed, recentDecay);
        Map<String, Double> words = waveWords.isEmpty() && named.isEmpty() ? waveWords
                : decayed(waveWords, recentDecay);
        named.forEach(id -> names.merge(id, 1.0, Double::sum));
        if (!named.isEmpty()) {
            stems.forEach(stem -> words.merge(stem, 1.0, Double::sum));
        }
        return new StoreActivity(Math.min(firstMillis, at.toEpochMilli()), now, recent * recentDecay + 1,
                usual * decay(now - lastMillis, USUAL_HALF_LIFE) + 1, names, words);
    }

    /** Whether a post with these topic stems speaks the words of the posts naming an initiative right now. */
    public boolean soundsLikeTheWave(Collection<String> stems) {
        for (String stem : stems) {
            if (waveWords.getOrDefault(stem, 0.0) >= MIN_WAVE_WORD_USES) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Double> decayed(Map<String, Double> counts, double factor) {
        Map<String, Double> result = new HashMap<>(counts.size() * 2);
        counts.forEach((key, count) -> {
            double decayed = count * factor;
            if (decayed >= NEGLIGIBLE) {
                result.put(key, decayed);
            }
        });
        return result;
    }

    /**
     * The probability that a piece of the store's recent feedback belongs to a surge explained by {@code initiativeId}:
     * the share of the recent count above the usual level, times the initiative's share of the recent explicit
     * mentions. Zero without enough history, without a significant surge, or when the initiative is not named enough.
     */
    public double surgeShareOf(String initiativeId) {
        double named = recentlyNamed.getOrDefault(initiativeId, 0.0);
        if (named < MIN_NAMED || lastMillis - firstMillis < MIN_HISTORY.toMillis()) {
            return 0.0;
        }
        double expected = Math.max(1.0, usual * RECENT_HALF_LIFE.toMillis() / USUAL_HALF_LIFE.toMillis());
        if (recent <= expected || poissonUpperTail(expected, (int) Math.floor(recent)) > SIGNIFICANCE) {
            return 0.0;
        }
        double allNamed = recentlyNamed.values().stream().mapToDouble(Double::doubleValue).sum();
        return (1 - expected / recent) * named / allNamed;
    }

    /** How many feedback events the recent count stands for, and how many the usual level would give: for evidence. */
    public String describe() {
        double expected = usual * RECENT_HALF_LIFE.toMillis() / USUAL_HALF_LIFE.toMillis();
        return String.format(java.util.Locale.ROOT, "%.0f recent events against %.1f usually", recent, expected);
    }

    private static double decay(long elapsedMillis, Duration halfLife) {
        return Math.pow(0.5, (double) elapsedMillis / halfLife.toMillis());
    }

    /** P(X ≥ k) for X ~ Poisson(mean), summed in log space so that large counts do not overflow. */
    static double poissonUpperTail(double mean, int k) {
        if (k <= 0) {
            return 1.0;
        }
        double below = 0;
        double logTerm = -mean; // log P(X = 0)
        for (int i = 0; i < k; i++) {
            below += Math.exp(logTerm);
            logTerm += Math.log(mean) - Math.log(i + 1);
        }
        return Math.max(0.0, 1.0 - below);
    }
}
