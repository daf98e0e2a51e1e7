package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.sentiment.FeedbackUnderstanding;
import org.apache.flink.api.common.functions.MapFunction;

/** The enrich stage: language, sentiment and aspects of each piece of feedback. */
public final class EnrichFunction implements MapFunction<Feedback, Feedback> {

    @Override
    public Feedback map(Feedback feedback) {
        return FeedbackUnderstanding.understand(feedback);
    }
}
