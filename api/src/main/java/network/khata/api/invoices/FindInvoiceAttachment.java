package network.khata.api.invoices;

import java.util.UUID;

/**
 * Query: the invoice PDF a message to the customer carries, in {@code language} (English when it is none of the ten);
 * answers an {@link InvoiceAttachment}.
 * The delivery saga asks it: a message can overtake its invoice into the read models, and "not there yet" is an
 * answer it waits on, not an error.
 */
public record FindInvoiceAttachment(UUID invoiceId, UUID businessId, String language) {
}
