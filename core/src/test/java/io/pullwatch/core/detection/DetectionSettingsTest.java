package io.pullwatch.core.detection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DetectionSettingsTest {

    private static DetectionSettings with(Duration bucket, double open, double close, Duration cooldown) {
        return new DetectionSettings(bucket, open, close, 5, 2.0, Duration.ofMinutes(20), cooldown, 1.0, 1000, 20);
    }

    @Test
    void aBucketMustDivideAnHour() {
        assertThatThrownBy(() -> with(Duration.ofMinutes(7), 7, 2, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide an hour");
        assertThatThrownBy(() -> with(Duration.ofHours(2), 7, 2, Duration.ofHours(3)))
                .hasMessageContaining("divide an hour");
    }

    @Test
    void theOpeningSurpriseMustExceedTheClosingOne() {
        assertThatThrownBy(() -> with(Duration.ofMinutes(1), 2, 2, Duration.ofMinutes(15)))
                .hasMessageContaining("close surprise < open surprise");
    }

    @Test
    void theCooldownIsAtLeastOneBucket() {
        assertThatThrownBy(() -> with(Duration.ofMinutes(5), 7, 2, Duration.ofMinutes(1)))
                .hasMessageContaining("cooldown");
    }
}
