package network.khata.query.feed;

import java.util.UUID;

/** Query: the latest of what happened for the business, as {@code readerId} has read it; answers {@link Feed}. */
public record FindFeed(UUID businessId, UUID readerId, int limit) {
}
