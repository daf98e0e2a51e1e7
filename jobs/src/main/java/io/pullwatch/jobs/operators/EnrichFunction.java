package io.pullwatch.jobs.operators;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.understanding.TextUnderstanding;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * The enrich stage: language, sentiment (fused with the star rating for reviews) and aspects of each piece of
 * feedback. The text models are loaded once per task manager JVM and shared by its subtasks: they are read-only.
 */
public final class EnrichFunction extends RichMapFunction<Feedback, Feedback> {

    private transient TextUnderstanding understanding;

    @Override
    public void open(OpenContext openContext) {
        understanding = TextUnderstanding.standard();
    }

    @Override
    public Feedback map(Feedback feedback) {
        return understanding.enrich(feedback);
    }
}
