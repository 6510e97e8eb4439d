package network.khata.query.customers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Query: a customer's own statement, across every business that bills them or for one ({@code businessId} non-null),
 * from {@code from} to {@code to} (either may be null); answers {@link Statement}.
 */
public record FindCustomerStatement(UUID customerId, UUID businessId, LocalDate from, LocalDate to) {
}
