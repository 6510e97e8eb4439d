package network.khata.projections.feed;

import network.khata.api.customers.PartyDisowned;
import network.khata.projections.customers.CustomerDirectoryProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The feed's "not me": the person at a customer's number says they are not that customer. */
@Component
@ProcessingGroup(CustomerDirectoryProjection.GROUP)
public class DirectoryFeed {
    private final OwnerFeed feed;

    public DirectoryFeed(OwnerFeed feed) {
        this.feed = feed;
    }

    @EventHandler
    void on(PartyDisowned event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        feed.add(CustomerDirectoryProjection.GROUP, new OwnerFeed.Item(eventId, event.businessId(), event.customerId(), at,
                "not_me", null, null, null));
    }

    @ResetHandler
    void reset() {
        feed.clear(CustomerDirectoryProjection.GROUP);
    }
}
