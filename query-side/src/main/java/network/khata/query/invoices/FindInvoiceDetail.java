package network.khata.query.invoices;

import java.util.UUID;

/** Query: one invoice of {@code businessId} in full; answers {@link InvoiceDetail}; another business's is not found. */
public record FindInvoiceDetail(UUID businessId, UUID invoiceId) {
}
