package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A saved search that the live stream is matched against: marketing's standing queries, and the scopes the alerting
 * can watch. On a compacted topic keyed by id; a tombstone (key, no value) deletes it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedQuery(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "query", required = true) String query,
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty(value = "updatedAt", required = true) Instant updatedAt) {}
