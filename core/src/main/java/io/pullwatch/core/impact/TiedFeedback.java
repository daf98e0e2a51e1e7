package io.pullwatch.core.impact;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification.Quote;
import io.pullwatch.core.event.Sentiment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The feedback tied to one initiative (attributed to it) over a period: how much, how many people it reached, its
 * sentiment, and the most positive and most negative quotes (the wider-reaching first among equals).
 */
public record TiedFeedback(long count, long reach, GroupStats sentiment, List<Quote> positive, List<Quote> negative) {

    public static final TiedFeedback NONE = new TiedFeedback(0, 0, GroupStats.EMPTY, List.of(), List.of());
    static final int QUOTES = 3;
    /** Scores this close to zero say nothing worth quoting as praise or complaint. */
    private static final double QUOTABLE = 0.05;

    private static final Comparator<Quote> MOST_POSITIVE = Comparator.comparingDouble(Quote::sentiment).reversed()
            .thenComparing(Comparator.comparingLong(Quote::reach).reversed()).thenComparing(Quote::feedbackId);
    private static final Comparator<Quote> MOST_NEGATIVE = Comparator.comparingDouble(Quote::sentiment)
            .thenComparing(Comparator.comparingLong(Quote::reach).reversed()).thenComparing(Quote::feedbackId);

    public TiedFeedback {
        sentiment = sentiment == null ? GroupStats.EMPTY : sentiment;
        positive = positive == null ? List.of() : List.copyOf(positive);
        negative = negative == null ? List.of() : List.copyOf(negative);
    }

    public TiedFeedback plus(Feedback feedback) {
        Sentiment s = feedback.sentimentOrUnknown();
        List<Quote> pos = positive;
        List<Quote> neg = negative;
        if (s.isKnown() && s.score() > QUOTABLE) {
            pos = best(positive, Snippets.quote(feedback, null), MOST_POSITIVE);
        } else if (s.isKnown() && s.score() < -QUOTABLE) {
            neg = best(negative, Snippets.quote(feedback, null), MOST_NEGATIVE);
        }
        return new TiedFeedback(count + 1, reach + feedback.authorReach(),
                s.isKnown() ? sentiment.plus(s.score()) : sentiment, pos, neg);
    }

    /** Mean sentiment, or null when none of the feedback had one. */
    public Double meanSentiment() {
        return sentiment.count() == 0 ? null : sentiment.mean();
    }

    private static List<Quote> best(List<Quote> kept, Quote candidate, Comparator<Quote> order) {
        List<Quote> all = new ArrayList<>(kept);
        all.add(candidate);
        all.sort(order);
        return all.size() > QUOTES ? all.subList(0, QUOTES) : all;
    }
}
