package network.khata.query.disputes;

import java.util.UUID;

/**
 * Query: the business of one of the customer's invoices, so that what the customer says about it is stored as said to
 * that business (its audit trail shows it); answers an optional business id, empty for an invoice not theirs.
 */
public record FindInvoiceBusiness(UUID customerId, UUID invoiceId) {
}
