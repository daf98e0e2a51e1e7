package io.pullwatch.core.scenario;

import io.pullwatch.core.event.ImpactRisk;
import java.time.Instant;

/**
 * A burst of feedback showing one risk about one initiative, planted from {@code onset}. It is detectable at its
 * {@code minCount}-th piece (the stage's minimum count for a risk; the scenario's background shows these risks
 * seldom enough that its baseline does not hide them).
 */
public record PlantedRisk(String id, ImpactRisk risk, String initiativeId, String storeId, Instant onset,
        Instant detectableAt, int events) {}
