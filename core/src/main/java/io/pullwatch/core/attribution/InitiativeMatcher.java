package io.pullwatch.core.attribution;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.QueryMatch;
import io.pullwatch.core.query.StandingQueries;
import io.pullwatch.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
public final class InitiativeMatcher implements AutoCloseable {

    /** Being in the right store at the right time, and nothing more. */
    static final double CONTEXT_BASE = 0.3;
    /** What the topic and the store's surge add to the context: certain evidence reaches 0.8. */
    static final double CONTEXT_WEIGHT = 0.5;
    /** An initiative's own saved query, written by someone who knows it, is nearly as sure as its name. */
    static final double QUERY_CONFIDENCE = 0.85;
    /** A reply's confidence relative to its parent's. */
    static final double THREAD_FACTOR = 0.9;
    /** Topic words (or a staff member's first name) feedback naming no store must share with an initiative. */
    static final int STORELESS_MIN_SHARED = 3;
    /** A name matched with one typo is slightly less sure than the name spelt right. */
    static final double TYPO_FACTOR = 0.9;

    private record Indexed(InitiativeSignals owner, InitiativeSignals.Signal signal) {}

    private final Map<String, List<Indexed>> byFirstWord = new HashMap<>();
    private final NameTypos<Indexed> byTypo = new NameTypos<>();
    private final Map<String, List<InitiativeSignals>> byStore = new HashMap<>();
    private final Map<String, List<InitiativeSignals>> byTopicStem = new HashMap<>();
    private final Map<String, InitiativeSignals> byId = new HashMap<>();
    private final AttributionSettings settings;
    /** The queries of the initiatives that carry one, by initiative id; null when none does. */
    private final StandingQueries initiativeQueries;
    private final Map<String, String> refusedQueries = new HashMap<>();

    public InitiativeMatcher(Collection<Initiative> initiatives, AttributionSettings settings) {
        this.settings = settings;
        Map<String, String> queries = new HashMap<>();
        for (Initiative initiative : initiatives) {
            if (!initiative.isActive()) {
                continue;
            }
            InitiativeSignals signals = InitiativeSignals.of(initiative);
            byStore.computeIfAbsent(initiative.storeId(), s -> new ArrayList<>()).add(signals);
            byId.put(initiative.id(), signals);
            if (initiative.query() != null) {
                queries.put(initiative.id(), initiative.query());
            }
            signals.topic().forEach(stem -> byTopicStem.computeIfAbsent(stem, t -> new ArrayList<>(1)).add(signals));
            for (InitiativeSignals.Signal signal : signals.signals()) {
                Indexed indexed = new Indexed(signals, signal);
                byFirstWord.computeIfAbsent(signal.phrase().get(0), w -> new ArrayList<>(1)).add(indexed);
                if (signal.typoTolerant()) {
                    byTypo.add(signal.phrase().get(0), indexed);
                }
            }
        }
        this.initiativeQueries = queries.isEmpty() ? null : standingQueries(queries);
    }


    /** Attributions of one piece of feedback judged alone, without its store's recent activity. */
    public List<Attribution> attribute(Feedback feedback) {
        return attribute(feedback, null, List.of()).attributions();
    }

    /**
     * Attributions of one piece of feedback, given its store's activity before it (null for a store not seen yet) and,
     * for a reply, quote or reshare, the attributions of the post it answers (empty when unknown); returns the
     * activity after it too, for the caller to keep. Feedback without a store has no activity.
     */
    public Attributed attribute(Feedback feedback, StoreActivity activity, List<Attribution> parentAttributions) {
        List<String> tokens = searchableTokens(feedback);
        Map<String, Attribution> best = new HashMap<>();
        Set<String> nameHints = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            for (Indexed candidate : byFirstWord.getOrDefault(word, List.of())) {
                consider(best, nameHints, feedback, candidate, tokens, i);
            }
            if (word.length() >= NameTypos.MIN_LENGTH - 1) {
                for (Indexed candidate : byTypo.candidates(word)) {
                    consider(best, nameHints, feedback, candidate, tokens, i);
                }
            }
        }
        Set<String> stems = TopicWords.of(tokens);
        StoreActivity after = activity;
        if (feedback.storeId() != null) {
            after = activity == null ? StoreActivity.first(feedback.createdAt(), best.keySet(), stems)
                    : activity.observe(feedback.createdAt(), best.keySet(), stems);
        }
        matchQueries(best, feedback);
        inherit(best, feedback, parentAttributions);
        if (feedback.storeId() == null) {
            addStorelessContext(best, feedback, stems, nameHints);
        } else {
            addContext(best, feedback, stems, after);
        }
        List<Attribution> attributions = new ArrayList<>();
        for (Attribution attribution : best.values()) {
            if (attribution.confidence() >= settings.minConfidence()) {
                attributions.add(attribution);
            }
        }
        attributions.sort(Comparator.comparingDouble(Attribution::confidence).reversed()
                .thenComparing(Attribution::initiativeId));
        return new Attributed(attributions, after);
    }

    /** The attributions of one piece of feedback and its store's activity once it is counted. */
    public record Attributed(List<Attribution> attributions, StoreActivity activity) {}

    /**
     * Records what a signal found at {@code start} says. A name that only counts in the initiative's own store (a first
     * name, "JF") found in feedback naming no store becomes a hint for {@link #addStorelessContext} instead.
     */
    private void consider(Map<String, Attribution> best, Set<String> nameHints, Feedback feedback, Indexed candidate,
            List<String> tokens, int start) {
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
        if (!storeAllows && feedback.storeId() == null) {
            nameHints.add(initiative.id());
        }
        Attribution current = best.get(initiative.id());
        if (storeAllows && (current == null || confidence > current.confidence())) {
            best.put(initiative.id(), new Attribution(initiative.id(), round(confidence), signal.rule(),
                    signal.original()));
        }
    }

    /** The Monitor of the initiatives' queries holds an in-memory index: close a matcher once it is replaced. */
    @Override
    public void close() {
        if (initiativeQueries != null) {
            initiativeQueries.close();
        }
    }

    /**
     * Initiatives whose query could not be registered, with why. The parse stage refuses queries that do not parse,
     * so only a Monitor limit gets one here; the initiative's other signals still count.
     */
    public Map<String, String> refusedQueries() {
        return refusedQueries;
    }

    private StandingQueries standingQueries(Map<String, String> queries) {
        StandingQueries standing = new StandingQueries();
        standing.putAll(queries).forEach((id, error) -> refusedQueries.put(id, error.getMessage()));
        return standing;
    }

    /** The initiatives whose own query matches the feedback ({@link AttributionRule#QUERY}). */
    private void matchQueries(Map<String, Attribution> best, Feedback feedback) {
        if (initiativeQueries == null) {
            return;
        }
        for (QueryMatch match : initiativeQueries.match(feedback)) {
            InitiativeSignals signals = byId.get(match.queryId());
            Attribution current = best.get(match.queryId());
            if (signals == null || !signals.initiative().runsAt(feedback.createdAt(), settings.contextTail())
                    || (current != null && current.confidence() >= QUERY_CONFIDENCE)) {
                continue;
            }
            best.put(match.queryId(), new Attribution(match.queryId(), QUERY_CONFIDENCE, AttributionRule.QUERY,
                    "its query matched " + String.join(", ", match.matchedTerms())));
        }
    }

    /**
     * A reply is about what its parent is about ("Totally agree."), a little less surely at each step down a thread;
     * explicit evidence in the reply itself wins. Only initiatives still active and running count: a retired one
     * attracts nothing, even through a thread.
     */
    private void inherit(Map<String, Attribution> best, Feedback feedback, List<Attribution> parentAttributions) {
        if (feedback.mention() == null) {
            return;
        }
        for (Attribution parent : parentAttributions) {
            InitiativeSignals signals = byId.get(parent.initiativeId());
            Attribution current = best.get(parent.initiativeId());
            double confidence = round(parent.confidence() * THREAD_FACTOR);
            if (signals == null || !signals.initiative().runsAt(feedback.createdAt(), settings.contextTail())
                    || (current != null && current.confidence() >= confidence)) {
                continue;
            }
            best.put(parent.initiativeId(), new Attribution(parent.initiativeId(), confidence, AttributionRule.THREAD,
                    "answers " + feedback.mention().parentId()));
        }
    }

    /**
     * Context for the running initiatives of the feedback's store that no explicit signal already claimed: the topic
     * it shares with the initiative, and the store's surge when the initiative is what the surge's posts name. The two
     * are independent evidence, combined as either one being right.
     */
    private void addContext(Map<String, Attribution> best, Feedback feedback, Set<String> stems,
            StoreActivity activity) {
        List<InitiativeSignals> here = feedback.storeId() == null ? List.of() : byStore.get(feedback.storeId());
        if (here == null || here.isEmpty()) {
            return;
        }
        boolean inWave = activity != null && activity.soundsLikeTheWave(stems);
        for (InitiativeSignals candidate : here) {
            Initiative initiative = candidate.initiative();
            if (best.containsKey(initiative.id()) || !initiative.runsAt(feedback.createdAt(), settings.contextTail())) {
                continue;
            }
            double similarity = TopicWords.similarity(stems, candidate.topic());
            double surge = inWave ? activity.surgeShareOf(initiative.id()) : 0.0;
            double confidence = round(CONTEXT_BASE + CONTEXT_WEIGHT * (1 - (1 - similarity) * (1 - surge)));
            if (confidence >= settings.minConfidence()) { // most candidates are not: skip writing their evidence
                best.put(initiative.id(), new Attribution(initiative.id(), confidence, AttributionRule.CONTEXT,
                        contextEvidence(initiative, stems, candidate.topic(), surge, activity)));
            }
        }
    }

    /**
     * Context for feedback that names no store (most social posts): the running initiative whose topic it shares at
     * least {@link #STORELESS_MIN_SHARED} words with ("the winter coat sale this afternoon, thirty percent off"), a
     * first name of its staff member counting as one. Without a store to narrow the field, two words are not enough:
     * a clothing brand's posts say "winter coats" all season.
     * Found through an index of topic stems, not by comparing with every initiative; when several initiatives share
     * as much, the evidence is split between them.
     */
    private void addStorelessContext(Map<String, Attribution> best, Feedback feedback, Set<String> stems,
            Set<String> nameHints) {
        Map<String, Integer> shared = new HashMap<>();
        for (String stem : stems) {
            for (InitiativeSignals candidate : byTopicStem.getOrDefault(stem, List.of())) {
                shared.merge(candidate.initiative().id(), 1, Integer::sum);
            }
        }
        nameHints.forEach(id -> shared.merge(id, 1, Integer::sum));
        List<Initiative> strongest = new ArrayList<>();
        int most = STORELESS_MIN_SHARED;
        for (Map.Entry<String, Integer> entry : shared.entrySet()) {
            Initiative initiative = byId.get(entry.getKey()).initiative();
            if (entry.getValue() < most || best.containsKey(initiative.id())
                    || !initiative.runsAt(feedback.createdAt(), settings.contextTail())) {
                continue;
            }
            if (entry.getValue() > most) {
                strongest.clear();
                most = entry.getValue();
            }
            strongest.add(initiative);
        }
        double evidence = TopicWords.strength(most) / Math.max(1, strongest.size());
        for (Initiative initiative : strongest) {
            String about = shared(stems, byId.get(initiative.id()).topic());
            best.put(initiative.id(), new Attribution(initiative.id(), round(CONTEXT_BASE + CONTEXT_WEIGHT * evidence),
                    AttributionRule.CONTEXT, "no store named; about " + about
                            + (nameHints.contains(initiative.id()) ? " and its staff member's name" : "")));
        }
    }

    private static String contextEvidence(Initiative initiative, Set<String> stems, Set<String> topic, double surge,
            StoreActivity activity) {
        StringBuilder evidence = new StringBuilder("store ").append(initiative.storeId()).append(" while it runs");
        String shared = shared(stems, topic);
        if (!shared.isEmpty()) {
            evidence.append(", about ").append(shared);
        }
        if (surge > 0) {
            evidence.append(", in a surge (").append(activity.describe()).append(") whose posts name it");
        }
        return evidence.toString();
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
