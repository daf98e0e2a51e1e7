package io.pullwatch.core.detection;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.Feedback;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback of one polarity in one scope and one time bucket: how many, the first and a few samples, which
 * initiatives they were attributed to, and the revision of the alert already raised for it (0 = none yet).
 */
public record PolarityTally(
        long count,
        String firstFeedbackId,
        List<String> sampleFeedbackIds,
        Map<String, Integer> initiativeCounts,
        int alertRevision) {

    public static final int MAX_SAMPLES = 5;
    public static final PolarityTally EMPTY = new PolarityTally(0, null, List.of(), Map.of(), 0);

    public PolarityTally {
        sampleFeedbackIds = sampleFeedbackIds == null ? List.of() : List.copyOf(sampleFeedbackIds);
        initiativeCounts = initiativeCounts == null ? Map.of() : Map.copyOf(initiativeCounts);
    }

    public PolarityTally plus(Feedback feedback) {
        List<String> samples = sampleFeedbackIds;
        if (samples.size() < MAX_SAMPLES) {
            samples = new ArrayList<>(samples);
            samples.add(feedback.feedbackId());
        }
        Map<String, Integer> initiatives = initiativeCounts;
        if (!feedback.attributions().isEmpty()) {
            initiatives = new HashMap<>(initiativeCounts);
            for (Attribution a : feedback.attributions()) {
                initiatives.merge(a.initiativeId(), 1, Integer::sum);
            }
        }
        String first = firstFeedbackId == null ? feedback.feedbackId() : firstFeedbackId;
        return new PolarityTally(count + 1, first, samples, initiatives, alertRevision);
    }

    public PolarityTally withAlertRevision(int revision) {
        return new PolarityTally(count, firstFeedbackId, sampleFeedbackIds, initiativeCounts, revision);
    }

    /** Initiatives in decreasing order of how much of this tally they account for. */
    public List<String> topInitiatives() {
        return initiativeCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
