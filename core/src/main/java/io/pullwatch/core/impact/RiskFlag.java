package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactRisk;

/** One risk a piece of feedback shows, with what in its text showed it. */
public record RiskFlag(ImpactRisk risk, String matched) {}
