package network.khata.api.customers;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * "Not me": the network customer says a business's customer of their phone is not them (the risk table's phone
 * conflict). Saying it again changes nothing. Answers whether anything changed.
 */
public record DisownParty(@TargetAggregateIdentifier UUID partyId, UUID customerId) {
}
