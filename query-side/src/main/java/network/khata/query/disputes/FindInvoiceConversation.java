package network.khata.query.disputes;

import java.util.UUID;

/** Query: what the customer and the shop said about one of the customer's invoices; answers {@link InvoiceConversation}. */
public record FindInvoiceConversation(UUID customerId, UUID invoiceId) {
}
