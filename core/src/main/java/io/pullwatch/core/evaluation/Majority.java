package io.pullwatch.core.evaluation;

import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SentimentLabel;
import java.util.List;

/** The polarity a volume-only detector reports: the majority of positive against negative labels, else unknown. */
final class Majority {

    private Majority() {}

    static Polarity of(List<Observation> observations) {
        int balance = 0;
        for (Observation o : observations) {
            balance += o.label() == SentimentLabel.POSITIVE ? 1 : o.label() == SentimentLabel.NEGATIVE ? -1 : 0;
        }
        return balance > 0 ? Polarity.POSITIVE : balance < 0 ? Polarity.NEGATIVE : null;
    }
}
