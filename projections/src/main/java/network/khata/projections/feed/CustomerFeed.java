package network.khata.projections.feed;

import network.khata.api.identity.CustomerSignedIn;
import network.khata.api.identity.PhoneVerified;
import network.khata.projections.identity.NetworkProfileProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The feed's news of customers themselves: they verified their phone, or opened the portal for the first time. Written
 * by the network-profiles group, which takes a customer's events in order, so the first sign-in is the one before
 * which the feed has none for the customer.
 */
@Component
@ProcessingGroup(NetworkProfileProjection.GROUP)
public class CustomerFeed {
    private final OwnerFeed feed;
    private final JdbcTemplate jdbc;

    public CustomerFeed(OwnerFeed feed, JdbcTemplate jdbc) {
        this.feed = feed;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PhoneVerified event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        feed.add(NetworkProfileProjection.GROUP, new OwnerFeed.Item(eventId, null, event.customerId(), at, "verified", null, null, null));
    }

    @EventHandler
    void on(CustomerSignedIn event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Boolean first = jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM owner_feed WHERE customer_id = ? AND business_id IS NULL "
                + "AND kind = 'first_sign_in')", Boolean.class, event.customerId());
        if (Boolean.TRUE.equals(first)) {
            feed.add(NetworkProfileProjection.GROUP, new OwnerFeed.Item(eventId, null, event.customerId(), at, "first_sign_in",
                    null, null, null));
        }
    }

    @ResetHandler
    void reset() {
        feed.clear(NetworkProfileProjection.GROUP);
    }
}
