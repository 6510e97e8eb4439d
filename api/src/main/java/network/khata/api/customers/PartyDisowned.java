package network.khata.api.customers;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/**
 * The person with this phone says they are not the business's customer {@code name}: messages to that customer stop,
 * the portal no longer shows that business to them, and the business is told.
 */
public record PartyDisowned(UUID partyId, UUID businessId, UUID customerId, String name, String phone)
        implements BusinessEvent, CustomerEvent {
}
