package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Something a member of staff started on their own: a chat channel, a joint operation with a neighbour, a promotion.
 * Its optional {@code query}, in the saved queries' syntax, ties to it whatever feedback it matches.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Initiative(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "storeId", required = true) String storeId,
        @JsonProperty(value = "ownerStaffId", required = true) String ownerStaffId,
        @JsonProperty(value = "ownerDisplayName", required = true) String ownerDisplayName,
        @JsonProperty(value = "kind", required = true) InitiativeKind kind,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty("description") String description,
        @JsonProperty(value = "startsAt", required = true) Instant startsAt,
        @JsonProperty("endsAt") Instant endsAt,
        @JsonProperty("channels") List<String> channels,
        @JsonProperty("codes") List<String> codes,
        @JsonProperty("hashtags") List<String> hashtags,
        @JsonProperty("aliases") List<String> aliases,
        @JsonProperty("partner") String partner,
        @JsonProperty("query") String query,
        @JsonProperty(value = "status", required = true) InitiativeStatus status) {

    /** An initiative without a saved query of its own. */
    public Initiative(Integer schemaVersion, String id, String storeId, String ownerStaffId, String ownerDisplayName,
            InitiativeKind kind, String title, String description, Instant startsAt, Instant endsAt,
            List<String> channels, List<String> codes, List<String> hashtags, List<String> aliases, String partner,
            InitiativeStatus status) {
        this(schemaVersion, id, storeId, ownerStaffId, ownerDisplayName, kind, title, description, startsAt, endsAt,
                channels, codes, hashtags, aliases, partner, null, status);
    }

    @JsonCreator
    public Initiative {
        channels = Lists.copyAllowingNulls(channels);
        codes = Lists.copyAllowingNulls(codes);
        hashtags = Lists.copyAllowingNulls(hashtags);
        aliases = Lists.copyAllowingNulls(aliases);
    }

    @JsonIgnore
    public boolean isActive() {
        return status == InitiativeStatus.ACTIVE;
    }

    /** Whether {@code at} falls between the start and the end (open-ended when no end) extended by {@code tail}. */
    public boolean runsAt(Instant at, Duration tail) {
        if (at.isBefore(startsAt)) {
            return false;
        }
        return endsAt == null || !at.isAfter(endsAt.plus(tail));
    }
}
