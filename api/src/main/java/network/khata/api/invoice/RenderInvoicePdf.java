package network.khata.api.invoice;

import java.util.UUID;

/** Query: the PDF of an invoice of {@code businessId}; answers an {@link InvoicePdf}. */
public record RenderInvoicePdf(UUID invoiceId, UUID businessId) {
}
