package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.AspectMention;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-store impact logic, driven as the Flink stage drives it: feedback observed, buckets closed in order, a
 * digest at the digest hour.
 */
class StoreImpactTest {

    static final Instant START = Instant.parse("2025-03-03T12:00:00Z");
    static final long BUCKET = Duration.ofMinutes(5).toMillis();
    /** Small counts and short periods, so that a test can reach them: 1 h baseline, 10 min risk window. */
    static final ImpactSettings SETTINGS = new ImpactSettings(Duration.ofMinutes(5), Duration.ofHours(1),
            Duration.ofMinutes(10), Duration.ofHours(2), 5, 2, 0.3, 0.05, 3, 0.001, 18, OfficialCommunication.NONE,
            OffBrandLexicon.fromClasspath());
    static final Initiative FLASH = new Initiative(SchemaVersion.CURRENT, "flash", "lille", "staff-1", "Camille",
            InitiativeKind.FLASH_PROMOTION, "Flash sale -30% on coats", null, START, START.plus(Duration.ofHours(3)),
            null, List.of("FLASH30"), null, null, null, InitiativeStatus.ACTIVE);

    private final StoreImpact impact = new StoreImpact(SETTINGS);
    private final InMemoryStoreImpactState state = new InMemoryStoreImpactState();
    private final Map<Long, SentimentBucket> comparable = new HashMap<>();
    private int ids;

    static Feedback feedback(String id, Instant at, double score, String text, String... tiedTo) {
        List<Attribution> attributions = new ArrayList<>();
        for (String initiative : tiedTo) {
            attributions.add(new Attribution(initiative, 0.9, AttributionRule.CODE, "FLASH30"));
        }
        return Feedback.of(new Review(SchemaVersion.CURRENT, id, "google", "lille", 3.0, null, text, "fr", "u-" + id,
                        at, null))
                .withUnderstanding("fr", new Sentiment(score, score > 0 ? SentimentLabel.POSITIVE
                        : SentimentLabel.NEGATIVE, 1.0), List.of(new AspectMention("staff-and-service", score, null)))
                .withAttributions(attributions);
    }

    private StoreImpact.Observed observe(Instant at, double score, String text, boolean running, String... tiedTo) {
        return impact.observe(new StoreFeedback("lille", feedback("f" + ids++, at, score, text, tiedTo),
                running ? List.of(FLASH) : List.of()), Long.MIN_VALUE, state);
    }

    /** Comparable stores: ten pieces of feedback a bucket, alternating around {@code mean}. */
    private void comparableFrom(Instant from, Instant until, double mean) {
        for (long b = from.toEpochMilli(); b < until.toEpochMilli(); b += BUCKET) {
            SentimentBucket bucket = SentimentBucket.empty(b);
            GroupStats stats = GroupStats.EMPTY;
            for (int i = 0; i < 10; i++) {
                stats = stats.plus(mean + (i % 2 == 0 ? 0.3 : -0.3));
            }
            comparable.put(b, new SentimentBucket(bucket.bucketStart(), 10, stats));
        }
    }

    private List<ImpactNotification> closeUpTo(Instant until) {
        List<ImpactNotification> out = new ArrayList<>();
        long first = state.buckets().stream().mapToLong(Map.Entry::getKey).min().orElse(until.toEpochMilli());
        for (long b = first; b + BUCKET <= until.toEpochMilli(); b += BUCKET) {
            out.addAll(impact.closeBucket("lille", b, comparable::get, state).notifications());
        }
        return out;
    }

    /** An hour of ordinary feedback before the start: two a bucket around zero. */
    private void baseline() {
        for (Instant t = START.minus(Duration.ofHours(1)); t.isBefore(START); t = t.plus(Duration.ofMinutes(2))) {
            observe(t, ids % 2 == 0 ? 0.2 : -0.2, "Correct, sans plus.", false);
        }
        comparableFrom(START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(6)), 0.0);
    }

    @Test
    void aClearImprovementIsNotifiedOnceWithItsFiguresAndInTheStoresLanguage() {
        baseline();
        for (Instant t = START.plusSeconds(30); t.isBefore(START.plus(Duration.ofMinutes(60))); t = t.plusSeconds(90)) {
            observe(t, 0.9, "Super idée, merci !", true, "flash");
        }

        List<ImpactNotification> notices = closeUpTo(START.plus(Duration.ofMinutes(60)));

        assertThat(notices).filteredOn(n -> n.type() == ImpactType.SIGNIFICANT_EFFECT).singleElement()
                .satisfies(n -> {
                    assertThat(n.initiativeId()).isEqualTo("flash");
                    assertThat(n.headline()).startsWith("« Flash sale -30% on coats » améliore");
                    assertThat(n.confidence()).isGreaterThan(0.95);
                    assertThat(n.windowStart()).isEqualTo(START);
                    ImpactNotification.InitiativeImpact figures = n.initiatives().get(0);
                    assertThat(figures.effect().significant()).isTrue();
                    assertThat(figures.effect().estimate()).isGreaterThan(0.5);
                    assertThat(figures.effect().anytimeLow()).isPositive();
                    assertThat(figures.positiveQuotes()).isNotEmpty();
                    assertThat(figures.aspects()).extracting(ImpactNotification.AspectShift::aspect)
                            .containsExactly("staff-and-service");
                    assertThat(n.lookAt()).contains("Super idée");
                });
        assertThat(state.track("flash").effectEpisodes()).isEqualTo(1);
    }

    @Test
    void theSameEffectAfterADipIsNotNotifiedAgainButATurnTheOtherWayIs() {
        baseline();
        for (Instant t = START.plusSeconds(30); t.isBefore(START.plus(Duration.ofMinutes(40))); t = t.plusSeconds(90)) {
            observe(t, 0.9, "Super idée", true, "flash");
        }
        List<ImpactNotification> up = closeUpTo(START.plus(Duration.ofMinutes(40)));
        for (Instant t = START.plus(Duration.ofMinutes(40)); t.isBefore(START.plus(Duration.ofHours(3)));
                t = t.plusSeconds(20)) {
            observe(t, -0.9, "Une honte", true, "flash");
        }
        List<ImpactNotification> later = new ArrayList<>();
        for (long b = START.plus(Duration.ofMinutes(40)).toEpochMilli();
                b + BUCKET <= START.plus(Duration.ofHours(3)).toEpochMilli(); b += BUCKET) {
            later.addAll(impact.closeBucket("lille", b, comparable::get, state).notifications());
        }

        assertThat(up).filteredOn(n -> n.type() == ImpactType.SIGNIFICANT_EFFECT).hasSize(1);
        assertThat(later).filteredOn(n -> n.type() == ImpactType.SIGNIFICANT_EFFECT).singleElement()
                .satisfies(n -> {
                    assertThat(n.initiatives().get(0).effect().estimate()).isNegative();
                    assertThat(n.headline()).contains("dégrade");
                    assertThat(n.notificationId()).isNotEqualTo(up.get(0).notificationId());
                });
    }

    @Test
    void noBaselineNoEffect() {
        comparableFrom(START, START.plus(Duration.ofHours(1)), 0.0);
        for (Instant t = START.plusSeconds(30); t.isBefore(START.plus(Duration.ofMinutes(60))); t = t.plusSeconds(90)) {
            observe(t, 0.9, "Super", true, "flash");
        }

        assertThat(closeUpTo(START.plus(Duration.ofMinutes(60))))
                .noneMatch(n -> n.type() == ImpactType.SIGNIFICANT_EFFECT);
        assertThat(state.track("flash").comparison().storeBefore().sentiment().count()).isZero();
    }

    @Test
    void aStoreWideChangeIsNotCreditedToAnInitiativeWhoseOwnFeedbackLeansTheOtherWay() {
        baseline();
        for (Instant t = START.plusSeconds(30); t.isBefore(START.plus(Duration.ofMinutes(60))); t = t.plusSeconds(90)) {
            observe(t, 0.9, "Super magasin", true);
            observe(t.plusSeconds(1), -0.5, "Bof", true, "flash");
        }

        assertThat(closeUpTo(START.plus(Duration.ofMinutes(60))))
                .noneMatch(n -> n.type() == ImpactType.SIGNIFICANT_EFFECT);
    }

    @Test
    void aRiskRisesOnceWithItsEvidenceAndRisesAgainAsANewEpisode() {
        baseline();
        Instant burst = START.plus(Duration.ofMinutes(20));
        for (int i = 0; i < 4; i++) {
            observe(burst.plusSeconds(30L * i), -0.8, "Rupture de stock, appelez le 06 12 34 56 78", true, "flash");
        }
        List<ImpactNotification> first = closeUpTo(burst.plus(Duration.ofMinutes(20)));
        Instant again = burst.plus(Duration.ofMinutes(40));
        for (int i = 0; i < 4; i++) {
            observe(again.plusSeconds(30L * i), -0.8, "Sold out again", true);
        }
        List<ImpactNotification> second = new ArrayList<>();
        for (long b = burst.plus(Duration.ofMinutes(20)).toEpochMilli();
                b + BUCKET <= again.plus(Duration.ofMinutes(10)).toEpochMilli(); b += BUCKET) {
            second.addAll(impact.closeBucket("lille", b, comparable::get, state).notifications());
        }

        List<ImpactNotification> stock = new ArrayList<>(first);
        stock.addAll(second);
        stock.removeIf(n -> n.risk() != ImpactRisk.STOCK_AND_AVAILABILITY);
        assertThat(stock).hasSize(2);
        ImpactNotification raised = stock.get(0);
        assertThat(raised.type()).isEqualTo(ImpactType.RISK);
        assertThat(raised.initiativeId()).isEqualTo("flash");
        assertThat(raised.createdAt()).isEqualTo(burst.plus(Duration.ofMinutes(5)));
        assertThat(raised.riskEvidence().observed()).isEqualTo(4);
        assertThat(raised.riskEvidence().pValue()).isLessThan(0.001);
        assertThat(raised.riskEvidence().matched()).containsExactly("rupture");
        assertThat(raised.riskEvidence().quotes()).allSatisfy(q -> assertThat(q.snippet()).contains("[phone]")
                .doesNotContain("06 12"));
        assertThat(raised.headline()).startsWith("Les plaintes de rupture de stock montent");
        assertThat(stock.get(1).notificationId()).isNotEqualTo(raised.notificationId());
        // the second burst named no initiative: the store's only one is blamed
        assertThat(stock.get(1).initiativeId()).isEqualTo("flash");
        // the phone number in the first burst raised the private-channel risk as well
        assertThat(state.track("flash").risksToday())
                .containsExactlyInAnyOrder("stock-and-availability", "private-channel");
    }

    @Test
    void runningTotalsGiveTheNoticesThatReadingEveryBucketAtEachCloseGives() {
        InMemoryStoreImpactState kept = new InMemoryStoreImpactState();
        StoreImpactState rebuilt = new TotalsRebuiltAtEveryClose();
        comparableFrom(START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(6)), 0.0);

        List<ImpactNotification> withTotals = play(new StoreImpact(SETTINGS), kept);
        List<ImpactNotification> withoutTotals = play(new StoreImpact(SETTINGS), rebuilt);

        assertThat(withTotals).extracting(ImpactNotification::type).contains(ImpactType.RISK);
        assertThat(withTotals).isEqualTo(withoutTotals);
        // buckets older than the one-hour baseline are freed either way
        assertThat(kept.buckets()).hasSameSizeAs(rebuilt.buckets()).hasSizeLessThan(13);
    }

    /** An hour of calm, two stock bursts, then hours of calm, with every bucket closed in turn. */
    private List<ImpactNotification> play(StoreImpact impact, StoreImpactState into) {
        List<ImpactNotification> out = new ArrayList<>();
        Instant end = START.plus(Duration.ofHours(4));
        int n = 0;
        for (Instant t = START.minus(Duration.ofHours(1)); t.isBefore(end); t = t.plus(Duration.ofMinutes(2))) {
            boolean burst = t.isAfter(START.plus(Duration.ofMinutes(20))) && t.isBefore(START.plus(Duration.ofMinutes(32)))
                    || t.isAfter(START.plus(Duration.ofMinutes(150))) && t.isBefore(START.plus(Duration.ofMinutes(162)));
            String text = burst ? "Rupture de stock, plus rien" : "Correct, sans plus.";
            impact.observe(new StoreFeedback("lille", feedback("p" + n++, t, burst ? -0.8 : 0.2, text, "flash"),
                    t.isBefore(START) ? List.of() : List.of(FLASH)), Long.MIN_VALUE, into);
            long bucketStart = SETTINGS.bucketStart(t.toEpochMilli());
            if (SETTINGS.bucketStart(t.plus(Duration.ofMinutes(2)).toEpochMilli()) != bucketStart) {
                out.addAll(impact.closeBucket("lille", bucketStart, comparable::get, into).notifications());
            }
        }
        return out;
    }

    /** A store's state that loses its running totals after every close, so each close reads every bucket kept. */
    private static final class TotalsRebuiltAtEveryClose implements StoreImpactState {
        private final InMemoryStoreImpactState state = new InMemoryStoreImpactState();

        @Override public StoreBucket bucket(long bucketStart) { return state.bucket(bucketStart); }
        @Override public void putBucket(long bucketStart, StoreBucket bucket) { state.putBucket(bucketStart, bucket); }
        @Override public void removeBucket(long bucketStart) { state.removeBucket(bucketStart); }
        @Override public List<Map.Entry<Long, StoreBucket>> buckets() { return state.buckets(); }
        @Override public BucketTotals totals() { return null; }
        @Override public void putTotals(BucketTotals totals) { }
        @Override public InitiativeTrack track(String initiativeId) { return state.track(initiativeId); }
        @Override public void putTrack(InitiativeTrack track) { state.putTrack(track); }
        @Override public void removeTrack(String initiativeId) { state.removeTrack(initiativeId); }
        @Override public List<InitiativeTrack> tracks() { return state.tracks(); }
        @Override public boolean hasTracks() { return state.hasTracks(); }
        @Override public StoreRiskState risks() { return state.risks(); }
        @Override public void putRisks(StoreRiskState risks) { state.putRisks(risks); }
    }

    @Test
    void aSurgeOfOrdinaryFeedbackRaisesNoRisk() {
        baseline();
        for (int i = 0; i < 60; i++) {
            observe(START.plusSeconds(10L * i), 0.5, i % 20 == 0 ? "Plus rien en taille M." : "Très bien.", true);
        }

        assertThat(closeUpTo(START.plus(Duration.ofMinutes(30)))).noneMatch(n -> n.type() == ImpactType.RISK);
    }

    @Test
    void theDigestSumsUpTheDayThenANewDayStarts() {
        baseline();
        for (Instant t = START.plusSeconds(30); t.isBefore(START.plus(Duration.ofMinutes(30))); t = t.plusSeconds(90)) {
            observe(t, 0.9, "Super idée", true, "flash");
        }
        closeUpTo(START.plus(Duration.ofMinutes(30)));
        long digestAt = impact.nextDigestAfter(START.toEpochMilli());

        StoreImpact.Digested digest = impact.digest("lille", digestAt, state);
        StoreImpact.Digested quiet = impact.digest("lille", digest.nextDigestAt(), state);

        assertThat(digestAt).isEqualTo(Instant.parse("2025-03-03T18:00:00Z").toEpochMilli());
        assertThat(digest.notification()).satisfies(n -> {
            assertThat(n.type()).isEqualTo(ImpactType.DAILY_DIGEST);
            assertThat(n.initiativeId()).isNull();
            assertThat(n.headline()).startsWith("Bilan du jour pour lille");
            assertThat(n.initiatives()).singleElement().satisfies(f -> {
                assertThat(f.feedbackToday()).isEqualTo(20);
                assertThat(f.feedbackCount()).isEqualTo(20);
            });
            assertThat(n.windowStart()).isEqualTo(Instant.parse("2025-03-02T18:00:00Z"));
        });
        assertThat(digest.nextDigestAt()).isEqualTo(digestAt + Duration.ofDays(1).toMillis());
        assertThat(state.track("flash").today().count()).isZero();
        assertThat(quiet.notification()).as("nothing happened the next day").isNull();
    }

    @Test
    void anInitiativeIsForgottenOnceItHasEndedPlusItsTailAndItsLastDayIsDigestedAndOldBucketsAreFreed() {
        baseline();
        observe(START.plusSeconds(30), 0.5, "Bien", true, "flash");
        Instant endPlusTail = FLASH.endsAt().plus(SETTINGS.tail());
        observe(endPlusTail.minusSeconds(60), 0.5, "Bien", true);
        StoreImpact.Closed undigested = impact.closeBucket("lille",
                SETTINGS.bucketStart(endPlusTail.toEpochMilli()), comparable::get, state);
        assertThat(state.hasTracks()).as("kept for the digest of its day").isTrue();
        impact.digest("lille", undigested.digestAt(), state);

        StoreImpact.Closed beforeTheEnd = impact.closeBucket("lille",
                SETTINGS.bucketStart(endPlusTail.toEpochMilli()) - BUCKET, comparable::get, state);
        StoreImpact.Closed after = impact.closeBucket("lille", SETTINGS.bucketStart(endPlusTail.toEpochMilli()),
                comparable::get, state);

        assertThat(beforeTheEnd.nextCloseAt()).isNotNull();
        assertThat(state.hasTracks()).isFalse();
        assertThat(after.nextCloseAt()).as("no initiative left: no more closes").isNull();
        assertThat(after.digestAt()).isNull();
        assertThat(state.buckets()).allSatisfy(b -> assertThat(b.getKey())
                .isGreaterThanOrEqualTo(endPlusTail.toEpochMilli() - SETTINGS.baseline().toMillis()));
    }

    @Test
    void anInitiativeNoLongerFoundRunningIsForgottenAfterATail() {
        observe(START.plusSeconds(30), 0.5, "Bien", true);
        Instant silent = START.plus(SETTINGS.tail()).plus(Duration.ofMinutes(10));

        impact.closeBucket("lille", SETTINGS.bucketStart(silent.toEpochMilli()), comparable::get, state);

        assertThat(state.hasTracks()).isFalse();
    }

    @Test
    void feedbackForABucketAlreadyClosedIsLate() {
        StoreImpact.Observed late = impact.observe(new StoreFeedback("lille",
                feedback("x", START, 0.5, "Bien"), List.of(FLASH)), START.plusSeconds(600).toEpochMilli(), state);
        StoreImpact.Observed onTime = impact.observe(new StoreFeedback("lille",
                feedback("y", START.plusSeconds(599), 0.5, "Bien"), List.of(FLASH)),
                START.plusSeconds(598).toEpochMilli(), state);

        assertThat(late.late()).isTrue();
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.closeAt()).isEqualTo(START.plusSeconds(600).toEpochMilli() - 1);
        assertThat(onTime.digestAt()).isEqualTo(Instant.parse("2025-03-03T18:00:00Z").toEpochMilli());
        assertThat(state.bucket(START.toEpochMilli())).isNull();
    }

    @Test
    void timersTellBucketClosesFromDigests() {
        assertThat(impact.isBucketClose(START.toEpochMilli() + BUCKET - 1)).isTrue();
        assertThat(impact.isBucketClose(impact.nextDigestAfter(START.toEpochMilli()))).isFalse();
    }
}
