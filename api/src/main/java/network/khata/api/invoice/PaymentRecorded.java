package network.khata.api.invoice;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** @param amountPaid the invoice's total paid after this payment; @param status its status after it */
public record PaymentRecorded(UUID invoiceId, UUID businessId, UUID customerId, UUID partyId, String paymentId,
                              BigDecimal amount, LocalDate paidOn, String method, BigDecimal amountPaid,
                              InvoiceStatus status) implements BusinessEvent, CustomerEvent {
}
