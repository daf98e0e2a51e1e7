package io.pullwatch.app.backtest;

import io.pullwatch.core.event.DeadLetterReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a backtest read and produced.
 *
 * @param recordsPerTopic records read from the files, per logical input topic
 * @param deadLetterExamples for each reason, where the first few refused records came from ({@code file:line})
 * @param lateFeedback feedback that came out of the pipeline behind the watermark (0 unless something went wrong:
 *     the backtest paces its sources so that none is late)
 */
public record BacktestSummary(
        Map<String, Long> recordsPerTopic,
        long feedback,
        long alertRevisions,
        long lateFeedback,
        Map<DeadLetterReason, Long> deadLetters,
        Map<DeadLetterReason, List<String>> deadLetterExamples,
        Duration elapsed) {

    public BacktestSummary {
        recordsPerTopic = Map.copyOf(recordsPerTopic);
        deadLetters = Map.copyOf(deadLetters);
        deadLetterExamples = Map.copyOf(deadLetterExamples);
    }

    public long records() {
        return recordsPerTopic.values().stream().mapToLong(Long::longValue).sum();
    }

    public long deadLetterCount() {
        return deadLetters.values().stream().mapToLong(Long::longValue).sum();
    }
}
