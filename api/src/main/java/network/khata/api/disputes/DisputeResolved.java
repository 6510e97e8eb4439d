package network.khata.api.disputes;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** The owner answered the dispute (after the correction's own event, when corrected); reminders go on if unpaid. */
public record DisputeResolved(UUID invoiceId, UUID businessId, UUID customerId, String invoiceNumber,
                              DisputeResolution resolution, String note) implements BusinessEvent, CustomerEvent {
}
