package network.khata.api.notification;

import java.util.UUID;

public record NotificationSuppressed(UUID messageId, String reason) {
}
