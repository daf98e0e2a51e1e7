package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.AlertEvidence.TermEvidence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaveTermsTest {

    @Test
    void keepsFoldedContentWordsOnceInBothLanguages() {
        assertThat(WaveTerms.of("Plus de STOCK, rupture totale !! Le stock est vide http://x.co/a"))
                .containsExactly("stock", "rupture", "totale", "vide");
        assertThat(WaveTerms.of("The queue was endless and the staff were lovely"))
                .containsExactly("queue", "endless", "staff", "lovely");
    }

    @Test
    void ranksWordsTheWaveUsesFarMoreThanUsualAboveMerelyFrequentOnes() {
        Map<String, Double> wave = Map.of("rupture", 40.0, "store", 45.0, "nice", 3.0, "once", 1.0);
        Map<String, Double> usual = Map.of("store", 500.0, "nice", 300.0, "rupture", 2.0);

        List<TermEvidence> top = WaveTerms.top(wave, 89, usual, 1000, 5);

        assertThat(top).extracting(TermEvidence::term).startsWith("rupture").doesNotContain("nice", "once");
        assertThat(top.get(0).count()).isEqualTo(40);
        assertThat(top.get(0).logLikelihood()).isPositive();
    }

    @Test
    void logLikelihoodIsZeroWhenTheWaveUsesAWordAsOftenAsUsual() {
        assertThat(WaveTerms.logLikelihood(10, 100, 100, 1000)).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(WaveTerms.logLikelihood(50, 100, 100, 1000)).isGreaterThan(10);
    }
}
