package network.khata.query.invoices;

import java.time.LocalDate;
import java.util.UUID;

/** Query: what the business is owed and what came in since {@code since} (null: this month); answers {@link MoneySummary}. */
public record FindMoneySummary(UUID businessId, LocalDate since) {
}
