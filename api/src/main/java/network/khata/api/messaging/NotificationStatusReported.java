package network.khata.api.messaging;

import java.util.UUID;

/** The provider reported a later status of a sent message (delivered, opened, bounced, failed). */
public record NotificationStatusReported(UUID messageId, NotificationStatus status, String detail) {
}
