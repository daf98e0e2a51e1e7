package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.SchemaVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferSetTest {

    @Test
    void anInitiativeStatesTheDiscountsOfItsWordsAndItsCodes() {
        Initiative flash = new Initiative(SchemaVersion.CURRENT, "flash", "lille", "s", "Camille",
                InitiativeKind.FLASH_PROMOTION, "Flash sale -30% on winter coats",
                "Thirty percent off every winter coat.", Instant.parse("2025-03-01T00:00:00Z"), null, null,
                List.of("flash30"), null, null, null, InitiativeStatus.ACTIVE);

        OfferSet stated = OfferSet.statedBy(flash);

        assertThat(stated.discounts()).containsExactly(30);
        assertThat(stated.codes()).containsExactly("FLASH30");
        assertThat(stated.largestDiscount()).isEqualTo(30);
        assertThat(stated.announces(31, 2)).isTrue();
        assertThat(stated.announces(35, 2)).isFalse();
    }

    @Test
    void setsCombineWithoutRepeats() {
        OfferSet combined = new OfferSet(List.of(30, 20), List.of("A1")).plus(new OfferSet(List.of(20), List.of("A1")));

        assertThat(combined).isEqualTo(new OfferSet(List.of(20, 30), List.of("A1")));
        assertThat(OfferSet.EMPTY.largestDiscount()).isZero();
    }
}
