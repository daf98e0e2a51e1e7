package io.pullwatch.jobs.operators;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Attribution;
import io.pullwatch.core.event.AttributionRule;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.event.SentimentLabel;
import io.pullwatch.core.impact.GroupStats;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.OffBrandLexicon;
import io.pullwatch.core.impact.OfficialCommunication;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.jobs.pipeline.PipelineState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.heap.HeapKeyedStateBackend;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

class ImpactFunctionTest {

    private static final Instant START = Instant.parse("2025-03-03T12:00:00Z");
    private static final long BUCKET = Duration.ofMinutes(5).toMillis();
    private static final Instant DIGEST = Instant.parse("2025-03-03T18:00:00Z");
    /** 1 h baseline, 10 min risk window, 8 h tail, small counts: reachable in a test. */
    private static final ImpactSettings SETTINGS = new ImpactSettings(Duration.ofMinutes(5), Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofHours(8), 5, 2, 0.3, 0.05, 3, 0.001, 18, OfficialCommunication.NONE,
            OffBrandLexicon.fromClasspath());
    private static final Initiative FLASH = new Initiative(SchemaVersion.CURRENT, "flash", "lille", "staff-1",
            "Camille", InitiativeKind.FLASH_PROMOTION, "Flash sale -30% on coats", null, START,
            START.plus(Duration.ofHours(5)), null, List.of("FLASH30"), null, null, null, InitiativeStatus.ACTIVE);

    /** An opened harness. */
    private static KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket, ImpactNotification>
            harness() throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(new ImpactFunction(SETTINGS),
                StoreFeedback::storeId, Types.STRING, PipelineState.COMPARABLE_BUCKETS);
    }

    /** A harness to restore state into before opening it. */
    private static KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket, ImpactNotification>
            unopenedHarness() throws Exception {
        return new KeyedBroadcastOperatorTestHarness<>(new CoBroadcastWithKeyedOperator<>(new ImpactFunction(SETTINGS),
                List.of(PipelineState.COMPARABLE_BUCKETS)), StoreFeedback::storeId, Types.STRING, 1, 1, 0);
    }

    private static int ids;

    private static StoreFeedback at(Instant at, double score, String text, boolean running, boolean tied) {
        Feedback feedback = Feedback.of(new Review(SchemaVersion.CURRENT, "r" + ids++, "google", "lille", 3.0, null,
                        text, "en", "u", at, null))
                .withUnderstanding("en", new Sentiment(score, score >= 0 ? SentimentLabel.POSITIVE
                        : SentimentLabel.NEGATIVE, 1.0), List.of())
                .withAttributions(tied ? List.of(new Attribution("flash", 0.98, AttributionRule.CODE, "FLASH30"))
                        : List.of());
        return new StoreFeedback("lille", feedback, running ? List.of(FLASH) : List.of());
    }

    private static void send(KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket,
            ImpactNotification> h, StoreFeedback routed) throws Exception {
        h.processElement(routed, routed.feedback().createdAt().toEpochMilli());
    }

    /** The comparable stores' buckets, ten pieces of feedback each around 0, broadcast as their stage would. */
    private static void comparable(KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket,
            ImpactNotification> h, Instant from, Instant until) throws Exception {
        for (long b = from.toEpochMilli(); b < until.toEpochMilli(); b += BUCKET) {
            h.processBroadcastElement(new SentimentBucket(b, 10, GroupStats.of(0.3, -0.3, 0.3, -0.3, 0.3, -0.3,
                    0.3, -0.3, 0.3, -0.3)), b + BUCKET - 1);
        }
    }

    /** An hour of ordinary feedback before the start, two a bucket. */
    private static void baseline(KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket,
            ImpactNotification> h) throws Exception {
        for (Instant t = START.minus(Duration.ofHours(1)); t.isBefore(START); t = t.plus(Duration.ofMinutes(2))) {
            send(h, at(t, ids % 2 == 0 ? 0.2 : -0.2, "Fine.", false, false));
        }
    }

    @Test
    void digestTimersFireAtTheDigestHourAndAreSetForTheNextDay() throws Exception {
        try (var h = harness()) {
            send(h, at(START.plusSeconds(60), 0.8, "Love the FLASH30 sale", true, true));

            assertThat(h.numEventTimeTimers()).as("the bucket's close and the digest").isEqualTo(2);

            h.watermark(START.plus(Duration.ofMinutes(5)).toEpochMilli() - 1);
            assertThat(h.numEventTimeTimers()).as("the next bucket's close and the digest").isEqualTo(2);

            h.watermark(DIGEST.toEpochMilli());
            List<StreamRecord<? extends ImpactNotification>> digests = h.extractOutputStreamRecords().stream()
                    .filter(r -> r.getValue().type() == ImpactType.DAILY_DIGEST).toList();
            assertThat(digests).singleElement().satisfies(r -> {
                assertThat(r.getTimestamp()).isEqualTo(DIGEST.toEpochMilli());
                assertThat(r.getValue().storeId()).isEqualTo("lille");
                assertThat(r.getValue().initiatives()).singleElement()
                        .satisfies(f -> assertThat(f.feedbackToday()).isEqualTo(1));
            });
            // the initiative is still tracked: the next close and tomorrow's digest are set
            assertThat(h.numEventTimeTimers()).isEqualTo(2);
        }
    }

    @Test
    void theNextDaysDigestComesWhileTheInitiativeIsTrackedAndOnlyIfSomethingHappened() throws Exception {
        try (var h = harness()) {
            send(h, at(START.plusSeconds(60), 0.8, "FLASH30!", true, true));
            h.watermark(DIGEST.toEpochMilli());
            send(h, at(DIGEST.plusSeconds(60), 0.5, "Nice", true, true));

            h.watermark(DIGEST.plus(Duration.ofDays(2)).toEpochMilli());

            // the feedback of 18:01 is told of in the next day's digest before the initiative is forgotten; the day
            // after, nothing came
            assertThat(h.extractOutputValues()).filteredOn(n -> n.type() == ImpactType.DAILY_DIGEST)
                    .extracting(ImpactNotification::createdAt)
                    .containsExactly(DIGEST, DIGEST.plus(Duration.ofDays(1)));
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void aSignificantEffectIsNotifiedAtTheCloseOfTheBucketThatShowsIt() throws Exception {
        try (var h = harness()) {
            comparable(h, START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(1)));
            baseline(h);
            for (Instant t = START.plusSeconds(30); t.isBefore(START.plus(Duration.ofMinutes(60)));
                    t = t.plusSeconds(90)) {
                send(h, at(t, 0.9, "FLASH30 is a great idea", true, true));
            }

            h.watermark(START.plus(Duration.ofMinutes(60)).toEpochMilli());

            List<StreamRecord<? extends ImpactNotification>> effects = h.extractOutputStreamRecords().stream()
                    .filter(r -> r.getValue().type() == ImpactType.SIGNIFICANT_EFFECT).toList();
            assertThat(effects).singleElement().satisfies(r -> {
                assertThat(r.getTimestamp() + 1).isEqualTo(r.getValue().createdAt().toEpochMilli());
                assertThat(r.getValue().initiativeId()).isEqualTo("flash");
                assertThat(r.getValue().initiatives().get(0).effect().anytimeLow()).isPositive();
                assertThat(r.getValue().headline()).startsWith("\"Flash sale -30% on coats\" is lifting");
            });
        }
    }

    @Test
    void aRiskIsNotifiedOnceAndAReplayFromACheckpointGivesTheSameId() throws Exception {
        OperatorSubtaskState checkpoint;
        String firstId;
        List<StoreFeedback> burst = List.of(
                at(START.plus(Duration.ofMinutes(21)), -0.8, "Sold out in every size", true, true),
                at(START.plus(Duration.ofMinutes(22)), -0.8, "Out of stock, FLASH30 useless", true, true),
                at(START.plus(Duration.ofMinutes(23)), -0.8, "Rupture de stock", true, false),
                at(START.plus(Duration.ofMinutes(24)), -0.8, "Nothing left", true, true));
        try (var h = harness()) {
            baseline(h);
            h.watermark(START.toEpochMilli());
            checkpoint = h.snapshot(1, 1);
            burst.forEach(routed -> sendQuietly(h, routed));
            h.watermark(START.plus(Duration.ofMinutes(40)).toEpochMilli());

            assertThat(h.extractOutputValues()).filteredOn(n -> n.type() == ImpactType.RISK).singleElement()
                    .satisfies(n -> {
                        assertThat(n.risk()).isEqualTo(ImpactRisk.STOCK_AND_AVAILABILITY);
                        assertThat(n.initiativeId()).isEqualTo("flash");
                        assertThat(n.createdAt()).isEqualTo(START.plus(Duration.ofMinutes(25)));
                        assertThat(n.riskEvidence().observed()).isEqualTo(4);
                    });
            firstId = h.extractOutputValues().stream().filter(n -> n.type() == ImpactType.RISK).findFirst()
                    .orElseThrow().notificationId();
        }
        try (var restored = unopenedHarness()) {
            restored.initializeState(checkpoint);
            restored.open();
            burst.forEach(routed -> sendQuietly(restored, routed));
            restored.watermark(START.plus(Duration.ofMinutes(40)).toEpochMilli());

            assertThat(restored.extractOutputValues()).filteredOn(n -> n.type() == ImpactType.RISK)
                    .extracting(ImpactNotification::notificationId).containsExactly(firstId);
        }
    }

    @Test
    void theInitiativesStateIsFreedOnceItHasEndedPlusItsTail() throws Exception {
        try (var h = harness()) {
            baseline(h);
            send(h, at(START.plusSeconds(60), 0.8, "FLASH30", true, true));
            h.watermark(START.plus(Duration.ofMinutes(10)).toEpochMilli());
            int tracked = keyedEntries(h);

            h.watermark(FLASH.endsAt().plus(SETTINGS.tail()).plus(Duration.ofMinutes(10)).toEpochMilli());

            // the track is gone, the buckets past the one-hour baseline too; the risk flags' and the bucket totals'
            // small states stay until their TTL; only tomorrow's digest timer is left, and it will find nothing to
            // renew itself for
            assertThat(keyedEntries(h)).isLessThan(tracked).isEqualTo(2);
            assertThat(h.numEventTimeTimers()).isEqualTo(1);
            h.watermark(DIGEST.plus(Duration.ofDays(1)).toEpochMilli());
            assertThat(h.numEventTimeTimers()).isZero();
            assertThat(h.extractOutputValues()).filteredOn(n -> n.type() == ImpactType.DAILY_DIGEST).hasSize(1);
        }
    }

    @Test
    void feedbackForAClosedBucketIsNotCounted() throws Exception {
        try (var h = harness()) {
            h.watermark(START.plus(Duration.ofMinutes(10)).toEpochMilli());

            send(h, at(START.plusSeconds(60), 0.8, "FLASH30", true, true));

            assertThat(keyedEntries(h)).isZero();
            assertThat(h.numEventTimeTimers()).isZero();
        }
    }

    @Test
    void comparableBucketsAreKeptForTheBaselineOnly() throws Exception {
        try (var h = harness()) {
            comparable(h, START.minus(Duration.ofHours(3)), START);

            assertThat(h.getBroadcastState(PipelineState.COMPARABLE_BUCKETS).get(START.toEpochMilli() - BUCKET))
                    .isNotNull();
            assertThat(h.getBroadcastState(PipelineState.COMPARABLE_BUCKETS)
                    .contains(START.minus(Duration.ofHours(2)).toEpochMilli())).isFalse();
        }
    }

    /** Keyed state entries of every store, as the heap backend of the harness counts them. */
    private static int keyedEntries(KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket,
            ImpactNotification> h) {
        AbstractStreamOperator<?> operator = (AbstractStreamOperator<?>) h.getTwoInputOperator();
        return ((HeapKeyedStateBackend<?>) operator.getKeyedStateBackend()).numKeyValueStateEntries();
    }

    private static void sendQuietly(KeyedBroadcastOperatorTestHarness<String, StoreFeedback, SentimentBucket,
            ImpactNotification> h, StoreFeedback routed) {
        try {
            send(h, routed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
