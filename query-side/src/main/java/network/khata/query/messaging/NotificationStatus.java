package network.khata.query.messaging;

import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where each message of one send request stands: the answer to {@link FindNotificationStatus}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NotificationStatus(UUID notificationId, UUID invoiceId, List<MessageStatus> messages) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record MessageStatus(UUID messageId, String channel, String notificationType, @Nullable String recipient, String status,
                                int attempts, @Nullable String failureReason, @Nullable Instant sentAt, @Nullable Instant deliveredAt,
                                @Nullable Instant openedAt) {
    }
}
