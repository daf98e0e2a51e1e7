package io.pullwatch.app.eval;

import io.pullwatch.core.detection.CascadeForecast;
import io.pullwatch.core.detection.CascadeForecast.Forecast;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * The cascade forecast (SEISMIC) on the real viral cascade of the shared data: the final size predicted 15 minutes,
 * 1 hour and 6 hours after the post, against the size it reached.
 */
public final class CascadeEvaluation {

    static final List<Duration> AGES = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));

    private final DevCorpora corpora;
    private final PrintWriter out;

    public CascadeEvaluation(DevCorpora corpora, PrintWriter out) {
        this.corpora = corpora;
        this.out = out;
    }

    /** Relative error of the predicted final size at each of {@link #AGES}. */
    public List<Double> run() {
        DevCorpora.Cascade cascade = corpora.seismicCascade();
        out.printf("One cascade: %,d posts (the root and its reshares), final size %,d.%n%n", cascade.shares().size(),
                cascade.finalSize());
        out.println("| after | reshares seen | predicted final size | 95% interval | relative error | infectiousness |");
        out.println("|---|---|---|---|---|---|");
        List<Double> errors = AGES.stream().map(age -> {
            Forecast forecast = CascadeForecast.at(cascade.shares(), age);
            double predictedSize = forecast.predicted() + 1; // the root counts in the final size
            double error = Math.abs(predictedSize - cascade.finalSize()) / cascade.finalSize();
            out.printf("| %s | %,d | %s | %s – %s | %.3f | %.2e |%n", age.toString().substring(2).toLowerCase(),
                    forecast.resharesSoFar(), size(predictedSize), size(forecast.low() + 1), size(forecast.high() + 1),
                    error, forecast.infectiousness());
            return error;
        }).toList();
        out.flush();
        return errors;
    }

    private static String size(double value) {
        return Double.isInfinite(value) ? "unbounded" : String.format("%,.0f", value);
    }
}
