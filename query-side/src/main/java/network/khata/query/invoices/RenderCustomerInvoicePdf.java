package network.khata.query.invoices;

import network.khata.api.invoices.InvoicePdf;

import java.util.UUID;

/** Query: the PDF of an invoice billed to network customer {@code customerId}; answers an {@link InvoicePdf}, in {@code language}
 * (one of the ten the service speaks). */
public record RenderCustomerInvoicePdf(UUID invoiceId, UUID customerId, String language) {
    /** In English. */
    public RenderCustomerInvoicePdf(UUID invoiceId, UUID customerId) {
        this(invoiceId, customerId, "en");
    }
}
