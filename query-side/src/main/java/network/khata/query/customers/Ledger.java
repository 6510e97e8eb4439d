package network.khata.query.customers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's account with one business, the khata itself: what was owed before the period ({@code opening_balance}),
 * each invoice (debit) and payment (credit) in it with the balance after it, and what is owed at its end.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Ledger(UUID businessId, String businessName, UUID customerId, String customerName, @Nullable LocalDate from,
                     @Nullable LocalDate to,
                     BigDecimal openingBalance, List<Entry> entries, BigDecimal closingBalance) {
    /**
     * {@code kind} invoice, payment or credit_note; a payment names the invoice it paid and how ({@code method}), a credit
     * note the invoice it lowered.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(LocalDate date, String kind, UUID invoiceId, String invoiceNumber, @Nullable String method,
                        BigDecimal debit, BigDecimal credit, BigDecimal balance) {
    }
}
