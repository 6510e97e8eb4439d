package network.khata.api.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What invoice commands answer: the invoice as it stands, and whether this command changed it. */
public record InvoiceState(UUID invoiceId, UUID customerId, String invoiceNumber, BigDecimal amount, BigDecimal amountPaid,
                           InvoiceStatus status, LocalDate issueDate, LocalDate dueDate, boolean changed) {
    public BigDecimal outstanding() {
        return amount.subtract(amountPaid);
    }
}
