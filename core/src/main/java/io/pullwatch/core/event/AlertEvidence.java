package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Why an alert fired: what was counted against what, and which posts, stores and initiatives were involved. */
public record AlertEvidence(
        @JsonProperty("observed") long observed,
        @JsonProperty("expected") double expected,
        @JsonProperty("positive") long positive,
        @JsonProperty("negative") long negative,
        @JsonProperty("neutral") long neutral,
        @JsonProperty("firstFeedbackId") String firstFeedbackId,
        @JsonProperty("sampleFeedbackIds") List<String> sampleFeedbackIds,
        @JsonProperty("storeIds") List<String> storeIds,
        @JsonProperty("initiativeIds") List<String> initiativeIds) {

    public AlertEvidence {
        sampleFeedbackIds = sampleFeedbackIds == null ? List.of() : List.copyOf(sampleFeedbackIds);
        storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
        initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
    }
}
