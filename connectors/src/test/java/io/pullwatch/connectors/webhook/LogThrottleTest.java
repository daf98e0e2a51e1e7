package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogThrottleTest {

    @Test
    void oneLinePerIntervalWithTheNumberHeldBack() {
        AtomicLong now = new AtomicLong(1_000);
        LogThrottle throttle = new LogThrottle(Duration.ofNanos(200), now::get);

        assertThat(throttle.tryAcquire()).isZero();
        now.addAndGet(199);
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
        now.addAndGet(1);
        assertThat(throttle.tryAcquire()).isEqualTo(2);
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
        now.addAndGet(1_000);
        assertThat(throttle.tryAcquire()).isEqualTo(1);
        assertThat(throttle.tryAcquire()).isEqualTo(-1);
    }

    @Test
    void theRealClockLetsTheFirstLineThrough() {
        assertThat(new LogThrottle(Duration.ofSeconds(10)).tryAcquire()).isZero();
    }
}
