package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogThrottleTest {

    @Test
    void oneLinePerIntervalWithTheNumberHeldBack() throws Exception {
        LogThrottle throttle = new LogThrottle(Duration.ofMillis(200));

        assertThat(throttle.tryAcquire()).isZero();
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
        Thread.sleep(250);
        assertThat(throttle.tryAcquire()).isEqualTo(2);
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
    }
}
