package io.pullwatch.core.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pullwatch.core.event.Polarity;

/**
 * What an event really is, known because the scenario made it so: the answer key that detection and attribution
 * are scored against. Background chatter has no wave and no polarity; it may still concern an initiative.
 */
public record GroundTruth(
        @JsonProperty("waveId") String waveId,
        @JsonProperty("polarity") Polarity polarity,
        @JsonProperty("initiativeId") String initiativeId) {

    public static final GroundTruth CHATTER = new GroundTruth(null, null, null);

    /** Background that legitimately concerns an initiative, outside any wave. */
    public static GroundTruth about(String initiativeId) {
        return new GroundTruth(null, null, initiativeId);
    }

    public boolean inWave() {
        return waveId != null;
    }
}
