package io.pullwatch.core.impact;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Sentiment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One store's feedback in one event-time bucket: how much, its sentiment, its languages, how many pieces showed each
 * risk (by the risk's JSON name) and the sentiment of each aspect mentioned.
 */
public record StoreBucket(
        long feedback,
        GroupStats sentiment,
        long french,
        long english,
        Map<String, Long> risks,
        Map<String, GroupStats> aspects) {

    public static final StoreBucket EMPTY = new StoreBucket(0, GroupStats.EMPTY, 0, 0, Map.of(), Map.of());

    public StoreBucket {
        sentiment = sentiment == null ? GroupStats.EMPTY : sentiment;
        risks = risks == null ? Map.of() : Map.copyOf(risks);
        aspects = aspects == null ? Map.of() : Map.copyOf(aspects);
    }

    public StoreBucket plus(Feedback f, List<RiskFlag> flags) {
        Sentiment s = f.sentimentOrUnknown();
        Map<String, Long> r = risks;
        if (!flags.isEmpty()) {
            r = new HashMap<>(risks);
            for (RiskFlag flag : flags) {
                r.merge(RiskNames.of(flag.risk()), 1L, Long::sum);
            }
        }
        Map<String, GroupStats> a = aspects;
        if (!f.aspects().isEmpty()) {
            a = new HashMap<>(aspects);
            for (AspectMention mention : f.aspects()) {
                a.merge(mention.aspect(), GroupStats.EMPTY.plus(mention.score()), GroupStats::plus);
            }
        }
        return new StoreBucket(feedback + 1, s.isKnown() ? sentiment.plus(s.score()) : sentiment,
                french + ("fr".equals(f.language()) ? 1 : 0), english + ("en".equals(f.language()) ? 1 : 0), r, a);
    }

    public long risk(String name) {
        return risks.getOrDefault(name, 0L);
    }
}
