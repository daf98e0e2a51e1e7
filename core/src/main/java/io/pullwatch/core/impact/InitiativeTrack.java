package io.pullwatch.core.impact;

import io.pullwatch.core.event.Initiative;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store's impact stage keeps about one of its initiatives: the latest version of it, the comparison its
 * effect is estimated from (null until its baseline is taken), the feedback tied to it since it started and since
 * the last digest, its effect episodes (the direction of the last one notified: +1, -1, or 0 before any),
 * the last time the store's feedback found it running, and the risks raised since the last digest. Bounded: sums,
 * three quotes each way, one entry per aspect and per risk.
 */
public record InitiativeTrack(
        Initiative initiative,
        Comparison comparison,
        TiedFeedback tied,
        TiedFeedback today,
        int effectEpisodes,
        int effectDirection,
        long lastSeenRunning,
        List<String> risksToday) {

    public InitiativeTrack {
        tied = tied == null ? TiedFeedback.NONE : tied;
        today = today == null ? TiedFeedback.NONE : today;
        risksToday = risksToday == null ? List.of() : List.copyOf(risksToday);
    }

    public static InitiativeTrack start(Initiative initiative, long seenAt) {
        return new InitiativeTrack(initiative, null, TiedFeedback.NONE, TiedFeedback.NONE, 0, 0, seenAt, List.of());
    }

    public InitiativeTrack seenRunning(Initiative latest, long at) {
        return new InitiativeTrack(latest, comparison, tied, today, effectEpisodes, effectDirection,
                Math.max(lastSeenRunning, at), risksToday);
    }

    public InitiativeTrack withTied(TiedFeedback newTied, TiedFeedback newToday) {
        return new InitiativeTrack(initiative, comparison, newTied, newToday, effectEpisodes, effectDirection,
                lastSeenRunning, risksToday);
    }

    public InitiativeTrack withComparison(Comparison newComparison) {
        return new InitiativeTrack(initiative, newComparison, tied, today, effectEpisodes, effectDirection,
                lastSeenRunning, risksToday);
    }

    public InitiativeTrack withEffect(int episodes, int direction) {
        return new InitiativeTrack(initiative, comparison, tied, today, episodes, direction, lastSeenRunning,
                risksToday);
    }

    public InitiativeTrack withRiskToday(String risk) {
        if (risksToday.contains(risk)) {
            return this;
        }
        List<String> risks = new ArrayList<>(risksToday);
        risks.add(risk);
        return new InitiativeTrack(initiative, comparison, tied, today, effectEpisodes, effectDirection,
                lastSeenRunning, risks);
    }

    /** After a digest: the day's figures start again. */
    public InitiativeTrack newDay() {
        return new InitiativeTrack(initiative, comparison, tied, TiedFeedback.NONE, effectEpisodes, effectDirection,
                lastSeenRunning, List.of());
    }
}
