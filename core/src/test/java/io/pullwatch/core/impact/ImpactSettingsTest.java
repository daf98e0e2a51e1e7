package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ImpactSettingsTest {

    private static ImpactSettings with(Duration bucket, Duration baseline, Duration recent, int digestHour) {
        return new ImpactSettings(bucket, baseline, recent, Duration.ofHours(48), 20, 5, 0.3, 0.01, 4, 0.001,
                digestHour, OfficialCommunication.NONE, OffBrandLexicon.fromClasspath());
    }

    @Test
    void defaultsAreValidAndBucketsAlignOnTheHour() {
        ImpactSettings defaults = ImpactSettings.defaults();

        assertThat(defaults.bucketMillis()).isEqualTo(300_000);
        assertThat(defaults.bucketStart(3_600_000 + 299_999)).isEqualTo(3_600_000);
        assertThat(defaults.bucketStart(-1)).isEqualTo(-300_000);
    }

    @Test
    void eachBoundIsNamed() {
        assertThatThrownBy(() -> with(Duration.ofMinutes(7), Duration.ofHours(72), Duration.ofMinutes(28), 18))
                .hasMessageContaining("bucket");
        assertThatThrownBy(() -> with(Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(5), 18))
                .hasMessageContaining("baseline");
        assertThatThrownBy(() -> with(Duration.ofMinutes(5), Duration.ofHours(72), Duration.ofMinutes(12), 18))
                .hasMessageContaining("recentWindow");
        assertThatThrownBy(() -> with(Duration.ofMinutes(5), Duration.ofHours(72), Duration.ofMinutes(30), 24))
                .hasMessageContaining("digestHour");
    }
}
