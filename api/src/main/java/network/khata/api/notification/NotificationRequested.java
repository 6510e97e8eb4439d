package network.khata.api.notification;

import java.util.UUID;

public record NotificationRequested(UUID messageId, UUID notificationId, UUID businessId, UUID customerId,
                                    UUID invoiceId, NotificationType type, Channel channel, MessageContent content,
                                    MessageContent fallbackTo) {
}
