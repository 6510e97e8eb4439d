package network.khata.api.messaging;

import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** The owner should know: a message to their customer failed (and what was done instead, if anything). */
public record OwnerAlertRaised(UUID messageId, UUID businessId, UUID customerId, UUID invoiceId, Channel channel,
                               String reason) implements CustomerEvent {
}
