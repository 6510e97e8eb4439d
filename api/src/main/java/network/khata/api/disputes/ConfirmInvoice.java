package network.khata.api.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The invoice's customer says it is right; saying it again changes nothing. Answers whether anything changed. */
public record ConfirmInvoice(@TargetAggregateIdentifier UUID invoiceId, UUID customerId) {
}
