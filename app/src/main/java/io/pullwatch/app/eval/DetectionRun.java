package io.pullwatch.app.eval;

import io.pullwatch.app.backtest.Backtest;
import io.pullwatch.app.backtest.BacktestListener;
import io.pullwatch.app.backtest.BacktestSummary;
import io.pullwatch.core.detection.Scopes;
import io.pullwatch.core.evaluation.AlertEpisodes;
import io.pullwatch.core.evaluation.Detection;
import io.pullwatch.core.evaluation.Observation;
import io.pullwatch.core.evaluation.PoissonThreshold;
import io.pullwatch.core.evaluation.TimedAlert;
import io.pullwatch.core.evaluation.VendorRule;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One backtest of the pipeline over a stream, and the two baselines on the same stream as the pipeline saw it: each
 * piece of feedback that came out of it, with the sentiment the text stage gave it, counted in the brand (all
 * feedback, as the pipeline's brand scope) and in its store if it names one.
 *
 * @param pipeline the pipeline's alert episodes
 */
record DetectionRun(List<Detection> pipeline, List<Detection> vendor, List<Detection> poisson,
        List<Observation> observations, BacktestSummary summary) {

    static DetectionRun of(Backtest backtest, Path stream) throws Exception {
        Collector collector = new Collector();
        BacktestSummary summary = backtest.run(List.of(stream), collector);
        List<Observation> observations = List.copyOf(collector.observations);
        return new DetectionRun(AlertEpisodes.openings(collector.alerts), VendorRule.standard().detect(observations),
                PoissonThreshold.standard().detect(observations), observations, summary);
    }

    /** Keeps the alerts with their emission times, and each piece of feedback as an observation. */
    private static final class Collector implements BacktestListener {
        private final List<TimedAlert> alerts = Collections.synchronizedList(new ArrayList<>());
        private final List<Observation> observations = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void alert(Alert alert, Instant emittedAt) {
            alerts.add(new TimedAlert(alert, emittedAt));
        }

        @Override
        public void feedback(Feedback feedback) {
            Sentiment sentiment = feedback.sentimentOrUnknown();
            SentimentLabel label = sentiment.isKnown() ? sentiment.label() : null;
            observations.add(new Observation(feedback.createdAt(), Scopes.BRAND, label));
            if (feedback.storeId() != null) {
                observations.add(new Observation(feedback.createdAt(), Scopes.STORE_PREFIX + feedback.storeId(),
                        label));
            }
        }
    }
}
