package network.khata.query.customers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Query: one customer's account with one business, every invoice and payment from {@code from} to {@code to} (either
 * may be null: from the first, to the last) with a running balance; answers {@link Ledger}.
 */
public record FindCustomerLedger(UUID businessId, UUID customerId, LocalDate from, LocalDate to) {
}
