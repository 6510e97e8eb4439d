package network.khata.api.messaging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The message will not reach the customer (attempts exhausted, refused by the provider, or reported failed). */
public record RecordNotificationFailed(@TargetAggregateIdentifier UUID messageId, String reason) {
}
