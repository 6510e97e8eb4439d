package network.khata.query.portal;

import java.util.UUID;

/** Query: a customer's name and the businesses that bill them, as sign-in shows them; answers a {@link PortalCustomer}. */
public record FindPortalCustomer(UUID customerId) {
}
