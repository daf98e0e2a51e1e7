package io.pullwatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance on one seed of the impact scenario, through the same replay as {@code ./pullwatch eval impact}. */
class ImpactEvaluationTest {

    @Test
    void everyPlantedEffectAndRiskIsNotifiedWithinFifteenMinutesAndNoEffectIsInvented() {
        PullwatchConfig config = PullwatchConfig.defaults();
        StringWriter table = new StringWriter();

        ImpactEvaluation.Result result = new ImpactEvaluation(List.of(7L), config.impactSettings(),
                config.attributionSettings(), config.get(PullwatchOptions.MAX_OUT_OF_ORDERNESS),
                new PrintWriter(table)).run();

        assertThat(result.outcomes()).hasSize(7).allSatisfy(o -> {
            assertThat(o.delay()).as(o.item()).isNotNull().isLessThanOrEqualTo(Duration.ofMinutes(15));
            assertThat(o.initiativeNamed()).as(o.item()).isTrue();
        });
        assertThat(result.falseEffects()).isZero();
        assertThat(result.noEffectInitiatives()).isEqualTo(2);
        assertThat(result.digests()).isPositive();
        assertThat(result.meetsTarget()).isTrue();
        assertThat(table.toString()).contains("| init-nantes-cafe | effect positive |",
                "| risk-private-lyon-bellecour | risk private-channel |", "Target (every planted effect and risk within"
                        + " 15 min, no false effect): met.");
    }
}
