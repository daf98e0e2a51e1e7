package io.pullwatch.core.attribution;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution with the state the attribute stage keeps per store (the store's activity, the attributions of recent
 * posts for their replies), held in plain maps: for replaying a finite stream through attribution outside Flink, in
 * evaluations and benchmarks. Nothing here expires, so it is not for endless streams.
 */
public final class ReplayedAttribution {

    private final Map<String, StoreActivity> activity = new HashMap<>();
    private final Map<String, List<Attribution>> threads = new HashMap<>();

    /** The attributions of the next piece of feedback, in stream order, with the registry {@code matcher} holds. */
    public List<Attribution> attribute(InitiativeMatcher matcher, Feedback feedback) {
        String parentId = feedback.mention() == null ? null : feedback.mention().parentId();
        InitiativeMatcher.Attributed attributed = matcher.attribute(feedback,
                feedback.storeId() == null ? null : activity.get(feedback.storeId()),
                parentId == null ? List.of() : threads.getOrDefault(threadKey(feedback, parentId), List.of()));
        if (feedback.storeId() != null) {
            activity.put(feedback.storeId(), attributed.activity());
        }
        if (feedback.mention() != null && !attributed.attributions().isEmpty()) {
            threads.put(threadKey(feedback, feedback.mention().id()), attributed.attributions());
        }
        return attributed.attributions();
    }

    /** Threads are kept per store, as the keyed stage keeps them. */
    private static String threadKey(Feedback feedback, String postId) {
        return feedback.storeId() + '\u0000' + postId;
    }
}
