package network.khata.query.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A customer's invoices with their totals (spec endpoint 6). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceList(@Nullable UUID businessId, @Nullable String businessName, List<CustomerPortalReader.PortalInvoice> invoices, Summary summary) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "InvoiceListSummary")
    public record Summary(int totalInvoices, BigDecimal totalOutstanding, BigDecimal totalPaid) {
    }
}
