package network.khata.query.portal;

import java.util.List;
import java.util.UUID;

/**
 * Query: a customer's invoices, of one business that bills them or of all ({@code businessId} null), of some
 * statuses or all ({@code statuses} null); answers an {@link InvoiceList}.
 */
public record FindPortalInvoices(UUID customerId, UUID businessId, List<String> statuses) {
}
