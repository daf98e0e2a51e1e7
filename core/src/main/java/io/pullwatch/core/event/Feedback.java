package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The enriched record every stage after parsing reads and extends: the source event (exactly one of {@code review}
 * and {@code mention}) plus what Pullwatch understood of it. Stages return copies through the {@code with…} methods.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Feedback(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "feedbackId", required = true) String feedbackId,
        @JsonProperty(value = "kind", required = true) FeedbackKind kind,
        @JsonProperty("review") Review review,
        @JsonProperty("mention") Mention mention,
        @JsonProperty("storeId") String storeId,
        @JsonProperty("language") String language,
        @JsonProperty("sentiment") Sentiment sentiment,
        @JsonProperty("aspects") List<AspectMention> aspects,
        @JsonProperty("attributions") List<Attribution> attributions,
        @JsonProperty("queryMatches") List<QueryMatch> queryMatches,
        @JsonProperty("authorReach") Long authorReach) {

    public Feedback {
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        queryMatches = queryMatches == null ? List.of() : List.copyOf(queryMatches);
        authorReach = authorReach == null ? 0L : authorReach;
    }

    /** Feedback ids are prefixed by kind so that a review and a mention sharing a platform id never collide. */
    public static String feedbackIdOf(FeedbackKind kind, String sourceId) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + sourceId;
    }

    public static Feedback of(Review review) {
        return new Feedback(SchemaVersion.CURRENT, feedbackIdOf(FeedbackKind.REVIEW, review.id()), FeedbackKind.REVIEW,
                review, null, review.storeId(), review.language(), null, null, null, null, 0L);
    }

    public static Feedback of(Mention mention) {
        return new Feedback(SchemaVersion.CURRENT, feedbackIdOf(FeedbackKind.MENTION, mention.id()), FeedbackKind.MENTION,
                null, mention, mention.storeHint(), mention.language(), null, null, null, null,
                mention.authorFollowers());
    }

    public String text() {
        return kind == FeedbackKind.REVIEW ? review.text() : mention.text();
    }

    /** The review title, or null for mentions and untitled reviews. */
    public String title() {
        return kind == FeedbackKind.REVIEW ? review.title() : null;
    }

    public Instant createdAt() {
        return kind == FeedbackKind.REVIEW ? review.createdAt() : mention.createdAt();
    }

    public String platform() {
        return kind == FeedbackKind.REVIEW ? review.platform() : mention.platform();
    }

    public String authorId() {
        return kind == FeedbackKind.REVIEW ? review.authorId() : mention.authorId();
    }

    public List<String> hashtags() {
        return kind == FeedbackKind.MENTION ? mention.hashtags() : List.of();
    }

    public List<String> urls() {
        return kind == FeedbackKind.MENTION ? mention.urls() : List.of();
    }

    public Sentiment sentimentOrUnknown() {
        return sentiment == null ? Sentiment.UNKNOWN : sentiment;
    }

    public Feedback withUnderstanding(String language, Sentiment sentiment, List<AspectMention> aspects) {
        return new Feedback(schemaVersion, feedbackId, kind, review, mention, storeId, language, sentiment, aspects,
                attributions, queryMatches, authorReach);
    }

    public Feedback withQueryMatches(List<QueryMatch> queryMatches) {
        return new Feedback(schemaVersion, feedbackId, kind, review, mention, storeId, language, sentiment, aspects,
                attributions, queryMatches, authorReach);
    }

    public Feedback withAttributions(List<Attribution> attributions) {
        return new Feedback(schemaVersion, feedbackId, kind, review, mention, storeId, language, sentiment, aspects,
                attributions, queryMatches, authorReach);
    }
}
