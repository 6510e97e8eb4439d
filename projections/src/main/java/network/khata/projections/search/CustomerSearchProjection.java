package network.khata.projections.search;

import network.khata.api.customer.CustomerRegistered;
import network.khata.api.customer.ProfileType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Keeps the search index (whichever engine is configured) in step with the event log; replayable. */
@Component
@ProcessingGroup(CustomerSearchProjection.GROUP)
public class CustomerSearchProjection {
    public static final String GROUP = "customer-search";

    private final CustomerSearchIndex index;

    public CustomerSearchProjection(CustomerSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(CustomerRegistered event, @Timestamp Instant at) {
        index.upsert(new CustomerSearchDocument(event.partyId(), event.businessId(), event.customerId(), event.name(),
                event.phone(), event.email(), ProfileType.codeOf(event.profileType()),
                false, false, null, BigDecimal.ZERO.setScale(2), at.truncatedTo(ChronoUnit.MILLIS)));
    }

    @ResetHandler
    void reset() {
        index.clear();
    }
}
