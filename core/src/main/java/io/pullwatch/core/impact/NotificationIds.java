package io.pullwatch.core.impact;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Notification ids: a name-based UUID of what the notice is about and which episode of it, so that replaying the
 * same feedback gives the same ids and consumers can de-duplicate on them.
 */
public final class NotificationIds {

    private NotificationIds() {}

    public static String of(String storeId, String initiativeId, String type, String risk, String episode) {
        String name = String.join("|", "impact", storeId, String.valueOf(initiativeId), type, String.valueOf(risk),
                episode);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
