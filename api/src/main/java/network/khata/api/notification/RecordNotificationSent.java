package network.khata.api.notification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordNotificationSent(@TargetAggregateIdentifier UUID messageId, String providerMessageId, int attempt) {
}
