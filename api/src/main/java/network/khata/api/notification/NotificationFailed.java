package network.khata.api.notification;

import java.util.UUID;

public record NotificationFailed(UUID messageId, String reason) {
}
