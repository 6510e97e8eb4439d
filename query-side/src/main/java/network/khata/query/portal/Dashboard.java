package network.khata.query.portal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A customer's totals across every business that bills them, with their most recent invoices. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Dashboard(UUID customerId, String customerName, List<PortalReads.BusinessTotals> businesses,
                        BigDecimal totalOutstanding, BigDecimal totalPaid, long unpaidInvoices,
                        List<PortalReads.PortalInvoice> recentInvoices) {
}
