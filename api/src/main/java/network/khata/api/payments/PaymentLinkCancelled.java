package network.khata.api.payments;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** The provider's payment link no longer takes payment; pay pages stop offering it. */
public record PaymentLinkCancelled(UUID invoiceId, UUID businessId, UUID customerId, String provider, String linkId)
        implements BusinessEvent, CustomerEvent {
}
