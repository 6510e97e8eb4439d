package network.khata.api.messaging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordNotificationSent(@TargetAggregateIdentifier UUID messageId, String providerMessageId, int attempt) {
}
