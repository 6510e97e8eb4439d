package network.khata.api.invoices;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * @param amountPaid    the invoice's total paid after this payment; @param status its status after it
 * @param invoiceNumber the invoice's number and {@code invoiceAmount} its amount, for the receipt (null in events
 *                      recorded before receipts existed)
 * @param via           how the payment arrived (null: by the owner)
 */
public record PaymentRecorded(UUID invoiceId, UUID businessId, UUID customerId, UUID partyId, String paymentId,
                              BigDecimal amount, LocalDate paidOn, String method, BigDecimal amountPaid,
                              InvoiceStatus status, String invoiceNumber, BigDecimal invoiceAmount, PaidVia via)
        implements BusinessEvent, CustomerEvent {
    public BigDecimal outstanding() {
        return invoiceAmount == null ? null : invoiceAmount.subtract(amountPaid);
    }
}
