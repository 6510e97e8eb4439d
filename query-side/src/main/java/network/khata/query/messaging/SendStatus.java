package network.khata.query.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where each message of one send request stands: the answer to {@link FindNotificationStatus}. Not the status of one
 * message ({@code network.khata.api.messaging.NotificationStatus}); the API document keeps the name it always had.
 * {@code invoiceId} is null for a send about no invoice (a code, a welcome).
 */
@Schema(name = "NotificationStatus")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SendStatus(UUID notificationId, @Nullable UUID invoiceId, List<MessageStatus> messages) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MessageStatus(UUID messageId, String channel, String notificationType, @Nullable String recipient, String status,
                                int attempts, @Nullable String failureReason, @Nullable Instant sentAt, @Nullable Instant deliveredAt,
                                @Nullable Instant openedAt) {
    }
}
