package network.khata.query.invoices;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One page of the owner's invoices; {@code next_cursor} asks for the next, null on the last page. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoicePage(List<OwnerInvoice> invoices, @Nullable String nextCursor) {
    /** An invoice as its business sees it; {@code days_overdue} 0 unless it is overdue. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OwnerInvoice(UUID invoiceId, String invoiceNumber, UUID customerId, String customerName,
                               @JsonProperty("issue_date") LocalDate issueDate,
                               @Nullable LocalDate dueDate, BigDecimal amount, BigDecimal amountPaid, BigDecimal outstanding,
                               String status, long daysOverdue, @Nullable String customerSay, BigDecimal credited) {
    }
}
