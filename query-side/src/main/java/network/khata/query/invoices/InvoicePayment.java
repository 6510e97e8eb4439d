package network.khata.query.invoices;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One payment of an invoice and how it arrived: {@code via} owner (recorded by hand) or razorpay (its webhook). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoicePayment(@com.fasterxml.jackson.annotation.JsonIgnore UUID invoiceId, BigDecimal amount,
                             LocalDate paidOn, String method, String via) {
}
