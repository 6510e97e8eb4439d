package network.khata.query.invoices;

import java.util.UUID;

/** Query: the payments of one invoice of {@code businessId}; answers {@link InvoicePaymentList}. */
public record FindInvoicePayments(UUID businessId, UUID invoiceId) {
}
