package network.khata.query.portal;

import java.util.UUID;

/** Query: what a customer owes and has paid one business that bills them; answers a {@link Balance}. */
public record FindPortalBalance(UUID customerId, UUID businessId) {
}
