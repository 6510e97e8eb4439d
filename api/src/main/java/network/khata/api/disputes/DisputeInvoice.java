package network.khata.api.disputes;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The invoice's customer says it is not right, why, and in a note (optional, plain text). While the dispute is open,
 * reminders pause; the same dispute again changes nothing. Answers whether anything changed.
 */
public record DisputeInvoice(@TargetAggregateIdentifier UUID invoiceId, UUID customerId, DisputeReason reason, String note) {
}
