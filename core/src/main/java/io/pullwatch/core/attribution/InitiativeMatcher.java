package io.pullwatch.core.attribution;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ties feedback to the initiatives it concerns. Explicit signals (code, hashtag, alias, staff name or its short forms,
 * partner) found in the text, title, hashtags or URLs win over context. Context is the same store while the initiative
 * runs (plus a tail), weighted by how much the feedback talks about what the initiative is about, so that ordinary
 * chatter in a busy store is not pinned on whatever runs there. Each initiative gets at most one attribution: its
 * strongest. Retired initiatives attract none.
 *
 * <p>Signals are indexed by their first word (and, for names, by their one-typo neighbours), so the cost per event
 * follows its words, not the number of initiatives. Immutable, hence thread-safe.
 */
public final class InitiativeMatcher {

    /** Being in the right store at the right time, and nothing more. */
    static final double CONTEXT_BASE = 0.3;
    /** What talking about the initiative's topic adds to the context: full overlap reaches 0.8. */
    static final double CONTEXT_TOPIC_WEIGHT = 0.5;
    /** A name matched with one typo is slightly less sure than the name spelt right. */
    static final double TYPO_FACTOR = 0.9;

    private record Indexed(InitiativeSignals owner, InitiativeSignals.Signal signal) {}

    private final Map<String, List<Indexed>> byFirstWord = new HashMap<>();
    private final NameTypos<Indexed> byTypo = new NameTypos<>();
    private final Map<String, List<InitiativeSignals>> byStore = new HashMap<>();
    private final AttributionSettings settings;

    public InitiativeMatcher(Collection<Initiative> initiatives, AttributionSettings settings) {
        this.settings = settings;
        for (Initiative initiative : initiatives) {
            if (!initiative.isActive()) {
                continue;
            }
            InitiativeSignals signals = InitiativeSignals.of(initiative);
            byStore.computeIfAbsent(initiative.storeId(), s -> new ArrayList<>()).add(signals);
            for (InitiativeSignals.Signal signal : signals.signals()) {
                Indexed indexed = new Indexed(signals, signal);
                byFirstWord.computeIfAbsent(signal.phrase().get(0), w -> new ArrayList<>(1)).add(indexed);
                if (signal.typoTolerant()) {
                    byTypo.add(signal.phrase().get(0), indexed);
                }
            }
        }
    }

    public List<Attribution> attribute(Feedback feedback) {
        List<String> tokens = searchableTokens(feedback);
        Map<String, Attribution> best = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            for (Indexed candidate : byFirstWord.getOrDefault(word, List.of())) {
                consider(best, feedback, candidate, tokens, i);
            }
            if (word.length() >= NameTypos.MIN_LENGTH - 1) {
                for (Indexed candidate : byTypo.candidates(word)) {
                    consider(best, feedback, candidate, tokens, i);
                }
            }
        }
        addContext(best, feedback, tokens);
        List<Attribution> attributions = new ArrayList<>();
        for (Attribution attribution : best.values()) {
            if (attribution.confidence() >= settings.minConfidence()) {
                attributions.add(attribution);
            }
        }
        attributions.sort(Comparator.comparingDouble(Attribution::confidence).reversed()
                .thenComparing(Attribution::initiativeId));
        return attributions;
    }

    private void consider(Map<String, Attribution> best, Feedback feedback, Indexed candidate, List<String> tokens,
            int start) {
        InitiativeSignals.Signal signal = candidate.signal();
        int typos = typosAt(tokens, start, signal.phrase(), signal.typoTolerant());
        if (typos < 0) {
            return;
        }
        double confidence = typos == 0 ? signal.confidence() : signal.confidence() * TYPO_FACTOR;
        Initiative initiative = candidate.owner().initiative();
        if (!initiative.runsAt(feedback.createdAt(), settings.contextTail())) {
            return;
        }
        boolean sameStore = Objects.equals(initiative.storeId(), feedback.storeId());
        boolean storeAllows = sameStore || (!signal.needsSameStore() && feedback.storeId() == null)
                || signal.rule() == AttributionRule.CODE || signal.rule() == AttributionRule.HASHTAG;
        Attribution current = best.get(initiative.id());
        if (storeAllows && (current == null || confidence > current.confidence())) {
            best.put(initiative.id(), new Attribution(initiative.id(), round(confidence), signal.rule(),
                    signal.original()));
        }
    }

    /** Context for the running initiatives of the feedback's store that no explicit signal already claimed. */
    private void addContext(Map<String, Attribution> best, Feedback feedback, List<String> tokens) {
        List<InitiativeSignals> here = feedback.storeId() == null ? List.of() : byStore.get(feedback.storeId());
        if (here == null || here.isEmpty()) {
            return;
        }
        Set<String> stems = TopicWords.of(tokens);
        for (InitiativeSignals candidate : here) {
            Initiative initiative = candidate.initiative();
            if (best.containsKey(initiative.id()) || !initiative.runsAt(feedback.createdAt(), settings.contextTail())) {
                continue;
            }
            double similarity = TopicWords.similarity(stems, candidate.topic());
            double confidence = CONTEXT_BASE + CONTEXT_TOPIC_WEIGHT * similarity;
            String evidence = similarity > 0
                    ? "store " + initiative.storeId() + " while it runs, about " + shared(stems, candidate.topic())
                    : "store " + initiative.storeId() + " while it runs";
            best.put(initiative.id(), new Attribution(initiative.id(), round(confidence), AttributionRule.CONTEXT,
                    evidence));
        }
    }

    private static String shared(Set<String> stems, Set<String> topic) {
        return stems.stream().filter(topic::contains).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * How many words of the phrase starting at {@code start} are misspelt (at most one edit each, and only words long
     * enough to survive an edit), or -1 when the phrase is not there.
     */
    private static int typosAt(List<String> tokens, int start, List<String> phrase, boolean tolerateTypos) {
        if (start + phrase.size() > tokens.size()) {
            return -1;
        }
        int typos = 0;
        for (int i = 0; i < phrase.size(); i++) {
            String word = tokens.get(start + i);
            String expected = phrase.get(i);
            if (word.equals(expected)) {
                continue;
            }
            if (!tolerateTypos || expected.length() < NameTypos.MIN_LENGTH || !NameTypos.withinOneEdit(word, expected)) {
                return -1;
            }
            typos++;
        }
        return typos;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    private static List<String> searchableTokens(Feedback feedback) {
        List<String> tokens = new ArrayList<>(TextNormalizer.tokens(feedback.text()));
        tokens.addAll(TextNormalizer.tokens(feedback.title()));
        feedback.hashtags().forEach(h -> tokens.addAll(TextNormalizer.tokens(h)));
        feedback.urls().forEach(u -> tokens.addAll(TextNormalizer.tokens(u)));
        return tokens;
    }
}
