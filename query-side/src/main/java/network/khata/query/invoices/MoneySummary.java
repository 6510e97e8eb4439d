package network.khata.query.invoices;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import network.khata.query.customers.CustomerPage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The owner's first question, answered: what is owed now ({@code outstanding}), how much of it is overdue and how long
 * ({@code overdue}, by days past due: 0–30, 31–60, 61–90, 91+), what came in since {@code since}, who owes most, and the
 * latest payments.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MoneySummary(LocalDate today, LocalDate since, BigDecimal outstanding, long unpaidInvoices, BigDecimal collected,
                           long payments, List<Ageing> overdue, List<CustomerPage.OwnerCustomer> topDebtors,
                           List<RecentPayment> recentPayments) {
    /** Overdue invoices whose due date is {@code from_days} to {@code to_days} days past (91+ has no end: null). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Ageing(String bucket, int fromDays, @org.springframework.lang.Nullable Integer toDays, BigDecimal amount, long invoices) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RecentPayment(LocalDate paidOn, UUID customerId, String customerName, UUID invoiceId, String invoiceNumber,
                                BigDecimal amount, String method) {
    }
}
