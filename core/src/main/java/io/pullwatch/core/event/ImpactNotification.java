package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A plain-words notice to a store manager about how one of the store's initiatives is landing. */
public record ImpactNotification(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "notificationId", required = true) String notificationId,
        @JsonProperty(value = "storeId", required = true) String storeId,
        @JsonProperty("initiativeId") String initiativeId,
        @JsonProperty("type") ImpactType type,
        @JsonProperty("headline") String headline,
        @JsonProperty("details") String details,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("createdAt") Instant createdAt) {}
