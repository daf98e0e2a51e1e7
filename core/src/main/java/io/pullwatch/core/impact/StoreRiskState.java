package io.pullwatch.core.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's risk flags: the first bucket it had feedback in (how much history its baseline has), the language most
 * of its feedback is in (notices are written in it), how many episodes each risk has had and which are raised now,
 * and the latest flagged feedback of each risk within the recent window, kept as evidence (at most
 * {@value #EVIDENCE_PER_RISK} a risk).
 */
public record StoreRiskState(
        long firstBucket,
        String language,
        Map<String, Integer> episodes,
        List<String> raised,
        List<FlaggedFeedback> recent) {

    static final int EVIDENCE_PER_RISK = 8;

    public StoreRiskState {
        episodes = episodes == null ? Map.of() : Map.copyOf(episodes);
        raised = raised == null ? List.of() : List.copyOf(raised);
        recent = recent == null ? List.of() : List.copyOf(recent);
    }

    public static StoreRiskState startingAt(long firstBucket) {
        return new StoreRiskState(firstBucket, null, Map.of(), List.of(), List.of());
    }

    public StoreRiskState plus(FlaggedFeedback flagged) {
        List<FlaggedFeedback> kept = new ArrayList<>(recent);
        kept.add(flagged);
        List<FlaggedFeedback> ofRisk = kept.stream().filter(f -> f.risk().equals(flagged.risk()))
                .sorted(Comparator.comparingLong(FlaggedFeedback::at)).toList();
        if (ofRisk.size() > EVIDENCE_PER_RISK) {
            kept.remove(ofRisk.get(0));
        }
        return new StoreRiskState(firstBucket, language, episodes, raised, kept);
    }

    /** Evidence older than {@code from} dropped. */
    public StoreRiskState since(long from) {
        return new StoreRiskState(firstBucket, language, episodes, raised,
                recent.stream().filter(f -> f.at() >= from).toList());
    }

    public StoreRiskState withLanguage(String newLanguage) {
        return new StoreRiskState(firstBucket, newLanguage, episodes, raised, recent);
    }

    public boolean isRaised(String risk) {
        return raised.contains(risk);
    }

    public int episodesOf(String risk) {
        return episodes.getOrDefault(risk, 0);
    }

    /** A new episode of {@code risk}, raised. */
    public StoreRiskState raise(String risk) {
        Map<String, Integer> e = new HashMap<>(episodes);
        e.merge(risk, 1, Integer::sum);
        List<String> r = new ArrayList<>(raised);
        r.add(risk);
        return new StoreRiskState(firstBucket, language, e, r, recent);
    }

    public StoreRiskState lower(String risk) {
        List<String> r = new ArrayList<>(raised);
        r.remove(risk);
        return new StoreRiskState(firstBucket, language, episodes, r, recent);
    }

    public List<FlaggedFeedback> evidenceOf(String risk) {
        return recent.stream().filter(f -> f.risk().equals(risk))
                .sorted(Comparator.comparingLong(FlaggedFeedback::at).reversed()).toList();
    }
}
