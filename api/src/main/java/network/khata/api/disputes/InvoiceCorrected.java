package network.khata.api.disputes;

import network.khata.api.invoices.InvoiceStatus;
import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A credit note: the invoice's amount went from {@code previousAmount} down to {@code amount}; {@code status} is the
 * invoice's after it (paid when what was paid covers the new amount).
 */
public record InvoiceCorrected(UUID invoiceId, UUID businessId, UUID customerId, UUID partyId, String invoiceNumber,
                               BigDecimal previousAmount, BigDecimal amount, BigDecimal amountPaid, InvoiceStatus status,
                               String note) implements BusinessEvent, CustomerEvent {
    /** What the credit note takes off the invoice. */
    public BigDecimal credit() {
        return previousAmount.subtract(amount);
    }
}
