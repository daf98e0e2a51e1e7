package io.pullwatch.core.sentiment;

import io.pullwatch.core.event.Sentiment;

/**
 * Scores the sentiment of a text in a known language. Implementations are thread-safe and allocation-light: they run
 * inside the stream, once per event, tens of thousands of times a second.
 */
public interface SentimentScorer {

    /**
     * @param language ISO 639-1 code, or "unknown"
     * @return score in [-1, 1], label with the ±0.05 neutral band, confidence in [0, 1] (0 when the text carries no
     *     sentiment the scorer can read); never null, never throws on any input
     */
    Sentiment score(String text, String language);
}
