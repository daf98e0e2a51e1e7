package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationIdsTest {

    @Test
    void theSameNoticeGetsTheSameIdAndAnyDifferenceAnother() {
        String id = NotificationIds.of("lille", "flash", "risk", "stock-and-availability", "1");

        assertThat(NotificationIds.of("lille", "flash", "risk", "stock-and-availability", "1")).isEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(3);
        assertThat(NotificationIds.of("lille", "flash", "risk", "stock-and-availability", "2")).isNotEqualTo(id);
        assertThat(NotificationIds.of("lille", "flash", "risk", "off-brand", "1")).isNotEqualTo(id);
        assertThat(NotificationIds.of("paris", "flash", "risk", "stock-and-availability", "1")).isNotEqualTo(id);
        assertThat(NotificationIds.of("lille", null, "daily-digest", null, "2025-03-03"))
                .isNotEqualTo(NotificationIds.of("lille", null, "daily-digest", null, "2025-03-04"));
    }
}
