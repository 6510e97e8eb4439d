package network.khata.api.invoices;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A payment against an invoice of {@code businessId}; recording the same payment id again changes nothing. */
public record RecordPayment(@TargetAggregateIdentifier UUID invoiceId, UUID businessId, String paymentId,
                            BigDecimal amount, LocalDate paidOn, String method, PaidVia via) {
}
