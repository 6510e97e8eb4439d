package network.khata.query.reminders;

import java.util.UUID;

/** Query: the sent and upcoming reminders of one invoice of {@code businessId}; answers {@link InvoiceReminders}. */
public record FindInvoiceReminders(UUID businessId, UUID invoiceId) {
}
