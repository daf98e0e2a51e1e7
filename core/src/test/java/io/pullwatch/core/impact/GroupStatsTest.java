package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroupStatsTest {

    @Test
    void meanAndSampleVariance() {
        GroupStats stats = GroupStats.of(1, 2, 3, 4);

        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.mean()).isEqualTo(2.5);
        assertThat(stats.variance()).isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void bucketsSumIntoPeriods() {
        assertThat(GroupStats.of(1, 2).plus(GroupStats.of(3, 4))).isEqualTo(GroupStats.of(1, 2, 3, 4));
        assertThat(GroupStats.of(1).plus((GroupStats) null)).isEqualTo(GroupStats.of(1));
    }

    @Test
    void emptyAndSingleGroupsHaveNoSpread() {
        assertThat(GroupStats.EMPTY.mean()).isZero();
        assertThat(GroupStats.EMPTY.variance()).isZero();
        assertThat(GroupStats.of(0.7).variance()).isZero();
        assertThat(new GroupStats(3, 3.0, 2.9999999).variance()).isZero(); // rounding never makes it negative
    }
}
