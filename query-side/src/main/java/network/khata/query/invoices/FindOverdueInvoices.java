package network.khata.query.invoices;

import java.util.List;
import java.util.UUID;

/**
 * Query: for each customer of the business with an overdue invoice (unpaid or part paid, due before today in the
 * business's zone, not disputed), the oldest such invoice; {@code customerIds} null means every customer. Answers
 * {@link OverdueInvoices}.
 */
public record FindOverdueInvoices(UUID businessId, List<UUID> customerIds) {
}
