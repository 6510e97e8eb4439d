package network.khata.api.notification;

import java.util.UUID;

public record NotificationSent(UUID messageId, String providerMessageId, int attempt) {
}
