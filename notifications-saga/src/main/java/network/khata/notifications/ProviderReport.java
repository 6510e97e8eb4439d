package network.khata.notifications;

import network.khata.api.messaging.NotificationStatus;

/**
 * One status a provider reported. {@code reference} is our message id (SendGrid carries it back) or the provider's
 * own id for the message (MSG91's request id), as {@code byProviderId} says.
 */
public record ProviderReport(String reference, boolean byProviderId, NotificationStatus status, String detail) {
}
