package network.khata.api.messaging;

import java.util.UUID;

public record NotificationSent(UUID messageId, String providerMessageId, int attempt) {
}
