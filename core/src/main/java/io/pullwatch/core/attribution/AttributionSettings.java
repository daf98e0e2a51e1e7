package io.pullwatch.core.attribution;

import java.io.Serializable;
import java.time.Duration;

/**
 * @param contextTail how long after an initiative's end feedback is still tied to it (reactions lag the action)
 * @param minConfidence attributions below this confidence are not recorded
 */
public record AttributionSettings(Duration contextTail, double minConfidence) implements Serializable {

    public AttributionSettings {
        if (contextTail.isNegative()) {
            throw new IllegalArgumentException("contextTail must not be negative");
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]");
        }
    }
}
