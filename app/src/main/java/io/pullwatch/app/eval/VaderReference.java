package io.pullwatch.app.eval;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.io.IOException;

/**
 * The published VADER algorithm (Hutto and Gilbert, ICWSM 2014) through its Java port
 * (com.github.apanimesh061:vader-sentiment-analyzer), used only to score the same texts in the same run as a peer.
 */
public final class VaderReference {

    private VaderReference() {}

    /** VADER's normalised compound score in [-1, 1]; 0 for a text the port cannot read. */
    public static double compound(String text) {
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
            analyzer.analyze();
            Float compound = analyzer.getPolarity().get("compound");
            return compound == null ? 0.0 : compound;
        } catch (IOException | RuntimeException unreadable) {
            return 0.0;
        }
    }
}
