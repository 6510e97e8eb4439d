package network.khata.api.invoice;

import java.util.UUID;

/** Query: the PDF of an invoice billed to network customer {@code customerId}; answers an {@link InvoicePdf}. */
public record RenderCustomerInvoicePdf(UUID invoiceId, UUID customerId) {
}
