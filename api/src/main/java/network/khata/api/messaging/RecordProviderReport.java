package network.khata.api.messaging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** What a provider's webhook reported for a sent message: delivered, opened, bounced or failed. */
public record RecordProviderReport(@TargetAggregateIdentifier UUID messageId, NotificationStatus status, String detail) {
}
