package network.khata.query.messaging;

import java.util.UUID;

/** Query: the messages of one send request of the business; answers a {@link SendStatus}. */
public record FindNotificationStatus(UUID businessId, UUID notificationId) {
}
