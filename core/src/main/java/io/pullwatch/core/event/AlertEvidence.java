package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * Why an alert fired: what was counted against what, how surprising that is, and which words, posts, authors,
 * stores and initiatives carried the wave. {@code cascade} is set only for a single post's reshare cascade.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertEvidence(
        @JsonProperty("observed") long observed,
        @JsonProperty("expected") double expected,
        @JsonProperty("positive") long positive,
        @JsonProperty("negative") long negative,
        @JsonProperty("neutral") long neutral,
        @JsonProperty("firstFeedbackId") String firstFeedbackId,
        @JsonProperty("sampleFeedbackIds") List<String> sampleFeedbackIds,
        @JsonProperty("storeIds") List<String> storeIds,
        @JsonProperty("initiativeIds") List<String> initiativeIds,
        @JsonProperty("surprise") double surprise,
        @JsonProperty("reach") long reach,
        @JsonProperty("topTerms") List<TermEvidence> topTerms,
        @JsonProperty("topPosts") List<PostEvidence> topPosts,
        @JsonProperty("topAuthors") List<AuthorEvidence> topAuthors,
        @JsonProperty("cascade") CascadeEvidence cascade) {

    @JsonCreator
    public AlertEvidence {
        sampleFeedbackIds = Lists.copyAllowingNulls(sampleFeedbackIds);
        storeIds = Lists.copyAllowingNulls(storeIds);
        initiativeIds = Lists.copyAllowingNulls(initiativeIds);
        topTerms = Lists.copyAllowingNulls(topTerms);
        topPosts = Lists.copyAllowingNulls(topPosts);
        topAuthors = Lists.copyAllowingNulls(topAuthors);
    }

    /** Counts and samples only, as the fixed-threshold detector reports them. */
    public AlertEvidence(long observed, double expected, long positive, long negative, long neutral,
            String firstFeedbackId, List<String> sampleFeedbackIds, List<String> storeIds, List<String> initiativeIds) {
        this(observed, expected, positive, negative, neutral, firstFeedbackId, sampleFeedbackIds, storeIds,
                initiativeIds, 0.0, 0L, null, null, null, null);
    }

    /** A word that sets the wave apart from the scope's usual talk, by Dunning's log-likelihood ratio. */
    public record TermEvidence(
            @JsonProperty("term") String term,
            @JsonProperty("count") long count,
            @JsonProperty("logLikelihood") double logLikelihood) {}

    /** One post of the wave, among those that reached most people. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PostEvidence(
            @JsonProperty("feedbackId") String feedbackId,
            @JsonProperty("authorId") String authorId,
            @JsonProperty("reach") long reach,
            @JsonProperty("sentiment") double sentiment,
            @JsonProperty("createdAt") Instant createdAt,
            @JsonProperty("snippet") String snippet) {}

    /** One author of the wave: followers and how many of the wave's posts are theirs. */
    public record AuthorEvidence(
            @JsonProperty("authorId") String authorId,
            @JsonProperty("reach") long reach,
            @JsonProperty("posts") long posts) {}

    /**
     * The forecast of a post's reshare cascade (SEISMIC): reshares so far and the final count with a 95% interval.
     * JSON has no infinity: a bound the process leaves unbounded (supercritical) is null.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CascadeEvidence(
            @JsonProperty("rootFeedbackId") String rootFeedbackId,
            @JsonProperty("resharesSoFar") long resharesSoFar,
            @JsonProperty("predictedFinal") Double predictedFinal,
            @JsonProperty("low") Double low,
            @JsonProperty("high") Double high,
            @JsonProperty("infectiousness") double infectiousness) {}
}
