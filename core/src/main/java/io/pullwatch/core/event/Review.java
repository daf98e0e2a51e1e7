package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** A customer review of a store, as published on a review platform. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Review(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "platform", required = true) String platform,
        @JsonProperty(value = "storeId", required = true) String storeId,
        @JsonProperty(value = "rating", required = true) Double rating,
        @JsonProperty("title") String title,
        @JsonProperty(value = "text", required = true) String text,
        @JsonProperty("language") String language,
        @JsonProperty(value = "authorId", required = true) String authorId,
        @JsonProperty(value = "createdAt", required = true) Instant createdAt,
        @JsonProperty("staffMentions") List<String> staffMentions) {

    public static final double MIN_RATING = 1.0;
    public static final double MAX_RATING = 5.0;

    public Review {
        staffMentions = Lists.copyAllowingNulls(staffMentions);
    }
}
