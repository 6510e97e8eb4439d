package network.khata.query.customers;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's transaction history (the spec's "Download your transaction history"): their account with each business
 * that bills them, and the totals across them; {@code closing_balance} without {@code to} is what the portal says they owe.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Statement(UUID customerId, @Nullable LocalDate from, @Nullable LocalDate to, List<Ledger> accounts,
                        BigDecimal openingBalance, BigDecimal closingBalance) {
}
