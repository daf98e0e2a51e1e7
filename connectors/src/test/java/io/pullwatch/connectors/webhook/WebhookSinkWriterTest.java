package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.testing.WebhookReceiver;
import io.pullwatch.connectors.testing.WebhookReceiver.Held;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.json.JsonMappers;
import java.time.Duration;
import java.util.Map;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.metrics.groups.InternalOperatorMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingOperatorMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingTaskMetricGroup;
import org.apache.flink.runtime.operators.testutils.MockEnvironment;
import org.apache.flink.runtime.operators.testutils.MockEnvironmentBuilder;
import org.apache.flink.streaming.api.connector.sink2.CommittableMessage;
import org.apache.flink.streaming.runtime.operators.sink.SinkWriterOperatorFactory;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * The writer inside Flink's own sink writer operator, on the operator test harness, posting to a real HTTP server:
 * {@code processElement} is the job writing, {@code prepareSnapshotPreBarrier} a checkpoint, {@code endInput} the end
 * of a bounded input. Metrics are read from the operator's metric group.
 */
class WebhookSinkWriterTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = JsonMappers.create();

    private static WebhookSink.Builder<Alert> sink(WebhookReceiver receiver) {
        return WebhookSink.<Alert>builder().url(receiver.url()).formatter(new AlertWebhookMessage())
                .requestTimeout(Duration.ofSeconds(5))
                .backoff(Duration.ofMillis(10), Duration.ofMillis(100))
                .drainTimeout(Duration.ofSeconds(10));
    }

    @Test
    void postsEachAlertAsASlackMessageAndCountsDeliveriesAndRetries() throws Exception {
        try (var receiver = WebhookReceiver.start(WebhookReceiver.status(503));
                var run = new HarnessRun(sink(receiver).build())) {
            run.harness.processElement(SampleAlerts.countsOnly("a-1", "store:lille"), 0);
            run.harness.processElement(SampleAlerts.countsOnly("a-2", "store:lyon"), 0);
            run.harness.endInput();

            assertThat(receiver.requests()).hasSize(3);
            assertThat(receiver.requests().stream().skip(1).map(r -> read(r.body()).text()))
                    .satisfiesExactly(
                            text -> assertThat(text).contains("store:lille").contains("Alert opened"),
                            text -> assertThat(text).contains("store:lyon"));
            assertThat(run.counts()).isEqualTo(Map.of(WebhookSinkWriter.DELIVERED, 2L, WebhookSinkWriter.RETRIED, 1L,
                    WebhookSinkWriter.FAILED, 0L, WebhookSinkWriter.DROPPED, 0L));
            assertThat(run.queued()).isZero();
        }
    }

    @Test
    void neitherWritesNorCheckpointsWaitForAStalledEndpoint() throws Exception {
        try (var receiver = WebhookReceiver.start(new Held());
                var run = new HarnessRun(sink(receiver).queueCapacity(2).drainTimeout(Duration.ofSeconds(2)).build())) {
            run.harness.processElement(SampleAlerts.countsOnly("a-0", "store:lille"), 0);
            receiver.awaitRequests(r -> r.size() == 1, WAIT);

            long start = System.nanoTime();
            for (int i = 1; i <= 5; i++) {
                run.harness.processElement(SampleAlerts.countsOnly("a-" + i, "store:lille"), 0);
            }
            run.harness.prepareSnapshotPreBarrier(1);
            Duration writing = Duration.ofNanos(System.nanoTime() - start);

            // The receiver holds its answer for a minute: a write that waited would take that long, and a checkpoint
            // that waited for the queue would take the drain timeout.
            assertThat(writing).isLessThan(Duration.ofSeconds(1));
            assertThat(run.counts().get(WebhookSinkWriter.DROPPED)).isEqualTo(3L);
            assertThat(run.queued()).isEqualTo(3);

            run.harness.close();

            // Closing waited its 2 s, then gave up the one in flight and the two queued.
            assertThat(run.counts().get(WebhookSinkWriter.FAILED)).isEqualTo(3L);
            assertThat(run.counts().get(WebhookSinkWriter.DELIVERED)).isZero();
        }
    }

    @Test
    void aRecordTheFormatterCannotHandleIsCountedAsFailedAndTheNextOneIsStillPosted() throws Exception {
        try (var receiver = WebhookReceiver.start();
                var run = new HarnessRun(WebhookSink.<Alert>builder().url(receiver.url())
                        .formatter(new RefusingUnscopedAlerts()).build())) {
            run.harness.processElement(SampleAlerts.countsOnly("a-1", null), 0);
            run.harness.processElement(SampleAlerts.countsOnly("a-2", "store:lyon"), 0);
            run.harness.endInput();

            assertThat(receiver.requests()).singleElement()
                    .satisfies(r -> assertThat(read(r.body()).text()).isEqualTo("a-2"));
            assertThat(run.counts().get(WebhookSinkWriter.FAILED)).isEqualTo(1L);
            assertThat(run.counts().get(WebhookSinkWriter.DELIVERED)).isEqualTo(1L);
        }
    }

    private static SlackMessage read(String body) {
        try {
            return JSON.readValue(body, SlackMessage.class);
        } catch (Exception e) {
            throw new AssertionError("not a Slack message: " + body, e);
        }
    }

    /** A formatter with a bug: it cannot handle an alert without a scope. */
    private static final class RefusingUnscopedAlerts implements WebhookFormatter<Alert> {
        @Override
        public SlackMessage format(Alert alert) {
            if (alert.scope() == null) {
                throw new IllegalArgumentException("no scope");
            }
            return new SlackMessage(alert.alertId(), null);
        }
    }

    /** The sink in Flink's sink writer operator, opened, with the operator's metrics intercepted. */
    private static final class HarnessRun implements AutoCloseable {

        final InterceptingOperatorMetricGroup metrics = new InterceptingOperatorMetricGroup();
        final OneInputStreamOperatorTestHarness<Alert, CommittableMessage<Void>> harness;

        HarnessRun(WebhookSink<Alert> sink) throws Exception {
            MockEnvironment environment = new MockEnvironmentBuilder().setMetricGroup(new InterceptingTaskMetricGroup() {
                @Override
                public InternalOperatorMetricGroup getOrAddOperator(OperatorID id, String name,
                        Map<String, String> variables) {
                    return metrics;
                }
            }).build();
            harness = new OneInputStreamOperatorTestHarness<>(new SinkWriterOperatorFactory<Alert, Void>(sink), environment);
            harness.open();
        }

        Map<String, Long> counts() {
            return Map.of(WebhookSinkWriter.DELIVERED, count(WebhookSinkWriter.DELIVERED),
                    WebhookSinkWriter.RETRIED, count(WebhookSinkWriter.RETRIED),
                    WebhookSinkWriter.FAILED, count(WebhookSinkWriter.FAILED),
                    WebhookSinkWriter.DROPPED, count(WebhookSinkWriter.DROPPED));
        }

        @SuppressWarnings("unchecked")
        int queued() {
            return ((Gauge<Integer>) metric(WebhookSinkWriter.QUEUED)).getValue();
        }

        private long count(String name) {
            return ((Counter) metric(name)).getCount();
        }

        private Metric metric(String name) {
            Metric metric = metrics.get(name);
            assertThat(metric).as("metric %s registered", name).isNotNull();
            return metric;
        }

        @Override
        public void close() throws Exception {
            harness.close();
        }
    }
}
