package io.pullwatch.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoreActivityTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final Set<String> WAVE_WORDS = Set.of("queue", "sold");

    /** One piece of feedback every three minutes for {@code minutes}, naming nothing. */
    private static StoreActivity quiet(int minutes) {
        StoreActivity activity = StoreActivity.first(T0, List.of(), Set.of("tidy"));
        for (int minute = 3; minute < minutes; minute += 3) {
            activity = activity.observe(T0.plusSeconds(60L * minute), List.of(), Set.of("tidy"));
        }
        return activity;
    }

    private static StoreActivity burst(StoreActivity activity, Instant from, int posts, int namingEvery) {
        for (int i = 0; i < posts; i++) {
            List<String> named = i % namingEvery == 0 ? List.of("flash") : List.of();
            activity = activity.observe(from.plusSeconds(5L * i), named, WAVE_WORDS);
        }
        return activity;
    }

    @Test
    void countsDecayWithTheirHalfLives() {
        StoreActivity one = StoreActivity.first(T0, List.of("flash"), WAVE_WORDS);
        StoreActivity later = one.observe(T0.plus(StoreActivity.RECENT_HALF_LIFE), List.of(), Set.of());

        assertThat(later.recent()).isEqualTo(1.5, within(1e-9));
        assertThat(later.recentlyNamed().get("flash")).isEqualTo(0.5, within(1e-9));
        assertThat(later.usual()).isGreaterThan(1.9); // the usual level barely moves in three minutes
    }

    @Test
    void aSurgeNamingOneInitiativeIsExplainedByIt() {
        StoreActivity activity = burst(quiet(30), T0.plusSeconds(60L * 30), 12, 2);

        assertThat(activity.surgeShareOf("flash")).isGreaterThan(0.85);
        assertThat(activity.surgeShareOf("other")).isZero();
        assertThat(activity.soundsLikeTheWave(Set.of("queue", "coat"))).isTrue();
        assertThat(activity.soundsLikeTheWave(Set.of("tidy"))).isFalse();
    }

    @Test
    void theStoresUsualPaceIsNoSurge() {
        StoreActivity activity = quiet(120).observe(T0.plusSeconds(60L * 120), List.of("flash"), WAVE_WORDS)
                .observe(T0.plusSeconds(60L * 121), List.of("flash"), WAVE_WORDS);

        assertThat(activity.surgeShareOf("flash")).isZero();
    }

    @Test
    void aNewStoreDoesNotSurgeBeforeItHasHistory() {
        StoreActivity activity = burst(StoreActivity.first(T0, List.of(), Set.of()), T0.plusSeconds(60), 12, 2);

        assertThat(activity.surgeShareOf("flash")).isZero();
    }

    @Test
    void aSurgeNobodyNamesExplainsNothing() {
        StoreActivity activity = burst(quiet(30), T0.plusSeconds(60L * 30), 12, 100); // only the first post names it

        assertThat(activity.surgeShareOf("flash")).isZero();
    }

    @Test
    void namesAndWaveWordsAreForgottenOnceTheWaveIsOver() {
        StoreActivity activity = burst(quiet(30), T0.plusSeconds(60L * 30), 12, 2)
                .observe(T0.plusSeconds(60L * 60), List.of(), Set.of());

        assertThat(activity.recentlyNamed()).isEmpty();
        assertThat(activity.waveWords()).isEmpty();
    }

    @Test
    void lateFeedbackCountsAsOfTheLatestTimeSeen() {
        StoreActivity activity = quiet(30);
        StoreActivity withLate = activity.observe(T0, List.of(), Set.of());

        assertThat(withLate.lastMillis()).isEqualTo(activity.lastMillis());
        assertThat(withLate.recent()).isEqualTo(activity.recent() + 1, within(1e-9));
    }

    @Test
    void poissonUpperTail() {
        assertThat(StoreActivity.poissonUpperTail(1.0, 0)).isEqualTo(1.0);
        assertThat(StoreActivity.poissonUpperTail(1.0, 1)).isEqualTo(1 - Math.exp(-1), within(1e-12));
        assertThat(StoreActivity.poissonUpperTail(2.0, 3)).isEqualTo(1 - Math.exp(-2) * (1 + 2 + 2), within(1e-12));
    }
}
