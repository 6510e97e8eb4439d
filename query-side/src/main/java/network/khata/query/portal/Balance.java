package network.khata.query.portal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a customer owes one business and how they can pay it (spec endpoint 7). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Balance(UUID businessId, String businessName, BigDecimal totalOutstanding, BigDecimal totalPaidLifetime,
                      int totalInvoices, BigDecimal avgInvoiceAmount, LocalDate lastTransaction,
                      List<String> paymentMethods, String paymentLink) {
}
