package network.khata.api.messaging;

import java.time.Instant;
import java.util.UUID;

public record NotificationAttemptFailed(UUID messageId, int attempt, String reason, Instant retryAt) {
}
