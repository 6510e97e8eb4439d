package network.khata.query.portal;

import java.util.UUID;

/** Query: a customer's totals across every business that bills them, with recent invoices; answers a {@link Dashboard}. */
public record FindPortalDashboard(UUID customerId) {
}
