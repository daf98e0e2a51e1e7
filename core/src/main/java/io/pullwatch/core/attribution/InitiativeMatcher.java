package io.pullwatch.core.attribution;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ties feedback to the initiatives it concerns. Explicit signals (code, hashtag, alias, staff name, partner) found in
 * the text, title, hashtags or URLs win over context (same store while the initiative runs). Each initiative gets at
 * most one attribution: its strongest. Retired initiatives attract none.
 */
public final class InitiativeMatcher {

    /** Context alone is weak evidence: it says "this store, at that time", not "this initiative". */
    static final double CONTEXT_CONFIDENCE = 0.4;

    private final List<InitiativeSignals> initiatives;
    private final AttributionSettings settings;

    public InitiativeMatcher(Collection<Initiative> initiatives, AttributionSettings settings) {
        this.initiatives = initiatives.stream().filter(Initiative::isActive).map(InitiativeSignals::of).toList();
        this.settings = settings;
    }

    public List<Attribution> attribute(Feedback feedback) {
        List<String> tokens = searchableTokens(feedback);
        List<Attribution> attributions = new ArrayList<>();
        for (InitiativeSignals candidate : initiatives) {
            Initiative initiative = candidate.initiative();
            if (!initiative.runsAt(feedback.createdAt(), settings.contextTail())) {
                continue;
            }
            boolean sameStore = Objects.equals(initiative.storeId(), feedback.storeId());
            Attribution best = null;
            for (InitiativeSignals.Signal signal : candidate.signals()) {
                boolean storeAllows = sameStore || (!signal.needsSameStore() && feedback.storeId() == null)
                        || signal.rule() == AttributionRule.CODE || signal.rule() == AttributionRule.HASHTAG;
                if (storeAllows && (best == null || signal.confidence() > best.confidence())
                        && containsPhrase(tokens, signal.phrase())) {
                    best = new Attribution(initiative.id(), signal.confidence(), signal.rule(), signal.original());
                }
            }
            if (best == null && sameStore) {
                best = new Attribution(initiative.id(), CONTEXT_CONFIDENCE, AttributionRule.CONTEXT,
                        "store " + initiative.storeId() + " while the initiative runs");
            }
            if (best != null && best.confidence() >= settings.minConfidence()) {
                attributions.add(best);
            }
        }
        attributions.sort(Comparator.comparingDouble(Attribution::confidence).reversed()
                .thenComparing(Attribution::initiativeId));
        return attributions;
    }

    private static List<String> searchableTokens(Feedback feedback) {
        List<String> tokens = new ArrayList<>(TextNormalizer.tokens(feedback.text()));
        tokens.addAll(TextNormalizer.tokens(feedback.title()));
        feedback.hashtags().forEach(h -> tokens.addAll(TextNormalizer.tokens(h)));
        feedback.urls().forEach(u -> tokens.addAll(TextNormalizer.tokens(u)));
        return tokens;
    }

    static boolean containsPhrase(List<String> tokens, List<String> phrase) {
        outer:
        for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
            for (int i = 0; i < phrase.size(); i++) {
                if (!tokens.get(start + i).equals(phrase.get(i))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
