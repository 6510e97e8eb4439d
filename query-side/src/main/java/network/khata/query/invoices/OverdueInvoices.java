package network.khata.query.invoices;

import java.util.List;
import java.util.UUID;

/** The answer to {@link FindOverdueInvoices}: one invoice per customer, the customers in id order. */
public record OverdueInvoices(List<Overdue> invoices) {
    public record Overdue(UUID invoiceId, UUID customerId) {
    }
}
