package io.pullwatch.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertEpisodesTest {

    private static final Instant T0 = Instant.parse("2025-03-05T10:00:00Z");

    @Test
    void oneEpisodePerAlertIdRaisedWhenItsOpeningRevisionWasEmitted() {
        List<TimedAlert> stream = List.of(
                new TimedAlert(alert("a", 1, AlertStatus.OPENED, "store:x"), T0.plusSeconds(20)),
                new TimedAlert(alert("b", 1, AlertStatus.OPENED, "brand"), T0.plusSeconds(5)),
                new TimedAlert(alert("a", 2, AlertStatus.UPDATED, "store:x"), T0.plusSeconds(40)),
                new TimedAlert(alert("a", 3, AlertStatus.RESOLVED, "store:x"), T0.plusSeconds(60)),
                new TimedAlert(alert("b", 2, AlertStatus.RESOLVED, "brand"), T0.plusSeconds(60)));

        assertThat(AlertEpisodes.openings(stream)).containsExactly(
                new Detection("brand", Polarity.NEGATIVE, T0.plusSeconds(5)),
                new Detection("store:x", Polarity.NEGATIVE, T0.plusSeconds(20)));
    }

    @Test
    void withoutItsOpeningTheEarliestRevisionStandsForItAndWithoutEmissionTimeTheWindowEnd() {
        List<TimedAlert> stream = List.of(
                new TimedAlert(alert("c", 3, AlertStatus.RESOLVED, "store:y"), null),
                new TimedAlert(alert("c", 2, AlertStatus.UPDATED, "store:y"), null));

        assertThat(AlertEpisodes.openings(stream)).containsExactly(
                new Detection("store:y", Polarity.NEGATIVE, T0.plusSeconds(60)));
    }

    private static Alert alert(String id, int revision, AlertStatus status, String scope) {
        return new Alert(1, id, revision, status, scope, Polarity.NEGATIVE, 5, T0, T0.plusSeconds(60), "test",
                "summary", null);
    }
}
