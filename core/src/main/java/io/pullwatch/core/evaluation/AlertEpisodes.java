package io.pullwatch.core.evaluation;

import io.pullwatch.core.event.AlertStatus;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline's alert stream as episodes: one per alert id, opened by its OPENED revision (or, if that revision is
 * missing, its earliest), raised when that revision was. Later revisions (updates, resolution) do not count again.
 */
public final class AlertEpisodes {

    private AlertEpisodes() {}

    public static List<Detection> openings(Collection<TimedAlert> alerts) {
        Map<String, TimedAlert> opening = new LinkedHashMap<>();
        for (TimedAlert timed : alerts) {
            opening.merge(timed.alert().alertId(), timed, AlertEpisodes::earlierOpening);
        }
        return opening.values().stream()
                .map(t -> new Detection(t.alert().scope(), t.alert().polarity(), t.raisedAt()))
                .sorted(Comparator.comparing(Detection::at))
                .toList();
    }

    private static TimedAlert earlierOpening(TimedAlert one, TimedAlert other) {
        boolean oneOpens = one.alert().status() == AlertStatus.OPENED;
        boolean otherOpens = other.alert().status() == AlertStatus.OPENED;
        if (oneOpens != otherOpens) {
            return oneOpens ? one : other;
        }
        return other.alert().revision() < one.alert().revision() ? other : one;
    }
}
