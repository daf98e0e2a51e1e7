package io.pullwatch.connectors.webhook;

import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.AlertEvidence;
import io.pullwatch.core.event.AlertEvidence.AuthorEvidence;
import io.pullwatch.core.event.AlertEvidence.CascadeEvidence;
import io.pullwatch.core.event.AlertEvidence.PostEvidence;
import io.pullwatch.core.event.AlertEvidence.TermEvidence;
import io.pullwatch.core.event.AlertStatus;
import io.pullwatch.core.event.Polarity;
import java.time.Instant;
import java.util.List;

/** Alerts for the webhook tests: one with every part of the evidence, and bare ones. */
final class SampleAlerts {

    static final Instant WINDOW_START = Instant.parse("2025-03-01T10:00:00Z");

    private SampleAlerts() {}

    static Alert withFullEvidence() {
        AlertEvidence evidence = new AlertEvidence(42, 3.5, 2, 38, 2, "mention:100",
                List.of("mention:100", "mention:101"), List.of("lille-centre"), List.of("init-flash30"),
                18.4, 52_310,
                List.of(new TermEvidence("sold out", 31, 88.2), new TermEvidence("flash30", 27, 61.0)),
                List.of(new PostEvidence("mention:100", "x:4821", 48_213, -0.82, Instant.parse("2025-03-01T10:05:00Z"),
                                "FLASH30 sold out in 3 minutes <!channel> what a joke & a scam"),
                        new PostEvidence("mention:101", "x:77", 1_200, -0.4, null, null)),
                List.of(new AuthorEvidence("x:4821", 48_213, 3), new AuthorEvidence("x:77", 1_200, 1)),
                new CascadeEvidence("mention:100", 57, 310.4, 190.0, null, 0.93));
        return new Alert(1, "cf6be06e-8c71-3d86-8ef5-a31b23c06f73", 2, AlertStatus.OPENED, "store:lille-centre",
                Polarity.NEGATIVE, 8, WINDOW_START, WINDOW_START.plusSeconds(3600), "volume-threshold",
                "Burst of negative feedback in store:lille-centre: 42 in 60 min", evidence);
    }

    /** What the fixed-threshold detector reports: counts and samples only. */
    static Alert countsOnly(String alertId, String scope) {
        AlertEvidence evidence = new AlertEvidence(6, 6.0, 0, 6, 0, "review:a", List.of("review:a"), List.of(),
                List.of());
        return new Alert(1, alertId, 1, AlertStatus.OPENED, scope, Polarity.NEGATIVE, 5, WINDOW_START,
                WINDOW_START.plusSeconds(60), "volume-threshold", "Burst of negative feedback in " + scope, evidence);
    }
}
