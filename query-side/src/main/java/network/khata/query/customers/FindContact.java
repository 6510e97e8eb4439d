package network.khata.query.customers;

import java.util.UUID;

/** Where a business reaches one of its customers; answered with a {@link Contact} (empty while not yet projected). */
public record FindContact(UUID businessId, UUID customerId) {
}
