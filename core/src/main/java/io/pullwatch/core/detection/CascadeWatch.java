package io.pullwatch.core.detection;

import io.pullwatch.core.detection.CascadeForecast.Share;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One post's reshare cascade as seen so far: the root (if it was seen; otherwise the first reshare stands in for its
 * time), every reshare's time and its author's followers, and the alert raised for it. Shares beyond
 * {@link #MAX_SHARES} are counted but not kept: by then the forecast has long converged. A Flink POJO.
 */
public final class CascadeWatch {

    static final int MAX_SHARES = 50_000;

    public String rootFeedbackId;
    public String rootAuthorId;
    public String rootSnippet;
    public double rootSentiment;
    public Signal rootPolarity;
    public long rootMillis = Long.MIN_VALUE;
    public long rootFollowers;
    public boolean rootSeen;
    public int reshares;
    public long lastReshareMillis = Long.MIN_VALUE;
    public int resharesAtLastForecast;
    public long lastForecastMillis = Long.MIN_VALUE;
    /** Grown on the first reshare: most posts are never reshared, and every post seen has a watch for a while. */
    public long[] shareMillis = new long[0];
    public long[] shareFollowers = new long[0];
    public int kept;
    /** Alert state: its id once opened, its revision, and the prediction it last reported. */
    public String alertId;
    public int episodes;
    public int revision;
    public double reportedPrediction;

    public CascadeWatch() {}

    public void add(CascadeShare share) {
        if (share.root()) {
            rootSeen = true;
            rootFeedbackId = share.feedbackId();
            rootAuthorId = share.authorId();
            rootSnippet = share.snippet();
            rootSentiment = share.sentimentScore();
            rootPolarity = share.polarity();
            rootMillis = share.createdAtMillis();
            rootFollowers = share.followers();
            return;
        }
        reshares++;
        lastReshareMillis = Math.max(lastReshareMillis, share.createdAtMillis());
        if (!rootSeen && (rootMillis == Long.MIN_VALUE || share.createdAtMillis() < rootMillis)) {
            rootMillis = share.createdAtMillis();
        }
        if (kept < MAX_SHARES) {
            if (kept == shareMillis.length) {
                int grown = Math.max(8, kept * 2);
                shareMillis = Arrays.copyOf(shareMillis, grown);
                shareFollowers = Arrays.copyOf(shareFollowers, grown);
            }
            shareMillis[kept] = share.createdAtMillis();
            shareFollowers[kept] = share.followers();
            kept++;
        }
    }

    /** The cascade as {@link CascadeForecast} reads it: the root first, then the reshares in time order. */
    public List<Share> shares() {
        Integer[] index = new Integer[kept];
        for (int i = 0; i < kept; i++) {
            index[i] = i;
        }
        Arrays.sort(index, (a, b) -> Long.compare(shareMillis[a], shareMillis[b]));
        List<Share> shares = new ArrayList<>(kept + 1);
        shares.add(new Share(0, rootFollowers));
        for (int i = 0; i < kept; i++) {
            int at = index[i];
            shares.add(new Share(Math.max(0, shareMillis[at] - rootMillis) / 1000.0, shareFollowers[at]));
        }
        return shares;
    }
}
