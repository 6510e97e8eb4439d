package network.khata.api.messaging;

import java.util.UUID;

public record NotificationFailed(UUID messageId, String reason) {
}
