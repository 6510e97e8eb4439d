package network.khata.query.portal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A customer's invoices with their totals (spec endpoint 6). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceList(UUID businessId, String businessName, List<PortalReads.PortalInvoice> invoices, Summary summary) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Summary(int totalInvoices, BigDecimal totalOutstanding, BigDecimal totalPaid) {
    }
}
