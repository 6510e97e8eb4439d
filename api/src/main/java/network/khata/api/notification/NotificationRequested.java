package network.khata.api.notification;

import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** A message was asked for; when {@code suppressReason} is set it is recorded but will never be sent. */
public record NotificationRequested(UUID messageId, UUID notificationId, UUID businessId, UUID customerId,
                                    UUID invoiceId, NotificationType type, Channel channel, MessageContent content,
                                    MessageContent fallbackTo, String suppressReason) implements CustomerEvent {
}
