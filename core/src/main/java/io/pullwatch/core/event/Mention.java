package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A social-network post that talks about the brand, a store or an initiative. A plain reshare may have no text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "platform", required = true) String platform,
        @JsonProperty(value = "authorId", required = true) String authorId,
        @JsonProperty("authorFollowers") Long authorFollowers,
        @JsonProperty("text") String text,
        @JsonProperty("language") String language,
        @JsonProperty(value = "createdAt", required = true) Instant createdAt,
        @JsonProperty("parentId") String parentId,
        @JsonProperty("relation") Relation relation,
        @JsonProperty("engagement") Engagement engagement,
        @JsonProperty("storeHint") String storeHint,
        @JsonProperty("urls") List<String> urls,
        @JsonProperty("hashtags") List<String> hashtags) {

    public Mention {
        authorFollowers = authorFollowers == null ? 0L : authorFollowers;
        engagement = engagement == null ? Engagement.NONE : engagement;
        urls = Lists.copyAllowingNulls(urls);
        hashtags = Lists.copyAllowingNulls(hashtags);
    }
}
