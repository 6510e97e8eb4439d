package network.khata.query.invoices;

import network.khata.api.invoices.InvoicePdf;

import java.util.UUID;

/** Query: the PDF of an invoice of {@code businessId}; answers an {@link InvoicePdf}, in {@code language}
 * (one of the ten the service speaks). */
public record RenderInvoicePdf(UUID invoiceId, UUID businessId, String language) {
    /** In English. */
    public RenderInvoicePdf(UUID invoiceId, UUID businessId) {
        this(invoiceId, businessId, "en");
    }
}
