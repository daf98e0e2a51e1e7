package io.pullwatch.core.impact;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Initiative;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stores' impact a piece of feedback belongs to: the store it names, and the store of each initiative it is
 * tied to (a post without a store hint that cites a store's code concerns that store). Each copy carries the
 * initiatives running at that store at the feedback's time (active, between start and end plus the tail). Feedback
 * concerning no store is no store's impact.
 */
public final class ImpactRouting {

    private final Map<String, Initiative> byId = new HashMap<>();
    private final Map<String, List<Initiative>> byStore = new HashMap<>();
    private final Duration tail;

    public ImpactRouting(Collection<Initiative> registry, Duration tail) {
        this.tail = tail;
        for (Initiative initiative : registry) {
            byId.put(initiative.id(), initiative);
            byStore.computeIfAbsent(initiative.storeId(), s -> new ArrayList<>()).add(initiative);
        }
        byStore.values().forEach(list -> list.sort((a, b) -> a.id().compareTo(b.id())));
    }

    public List<StoreFeedback> route(Feedback feedback) {
        Set<String> stores = new LinkedHashSet<>();
        if (feedback.storeId() != null && !feedback.storeId().isBlank()) {
            stores.add(feedback.storeId());
        }
        for (Attribution attribution : feedback.attributions()) {
            Initiative initiative = byId.get(attribution.initiativeId());
            if (initiative != null) {
                stores.add(initiative.storeId());
            }
        }
        List<StoreFeedback> routed = new ArrayList<>(stores.size());
        for (String store : stores) {
            routed.add(new StoreFeedback(store, feedback, runningAt(store, feedback.createdAt())));
        }
        return routed;
    }

    private List<Initiative> runningAt(String store, Instant at) {
        List<Initiative> running = new ArrayList<>(1);
        for (Initiative initiative : byStore.getOrDefault(store, List.of())) {
            if (initiative.isActive() && initiative.runsAt(at, tail)) {
                running.add(initiative);
            }
        }
        return running;
    }
}
