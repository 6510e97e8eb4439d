package network.khata.query.search;

import java.util.UUID;

/** Query: the customers of one business that match what the owner typed, ranked; answers a {@link SearchResult} list. */
public record FindCustomers(UUID businessId, String query, int limit) {
}
