package network.khata.query.invoices;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.UUID;

/** An invoice's payments, oldest first, each with how it arrived. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoicePaymentList(UUID invoiceId, List<InvoicePayment> payments) {
}
