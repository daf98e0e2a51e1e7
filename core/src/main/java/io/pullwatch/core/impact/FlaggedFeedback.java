package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactNotification.Quote;
import java.util.List;

/** A piece of feedback that showed a risk: the risk's name, the quote (with what matched), the initiatives it is tied to. */
public record FlaggedFeedback(String risk, Quote quote, List<String> initiativeIds, long at) {

    public FlaggedFeedback {
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }
}
