package network.khata.api.payments;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** The invoice can be paid through a provider's payment link from now on. */
public record PaymentLinkAttached(UUID invoiceId, UUID businessId, UUID customerId, UUID partyId, String provider,
                                  String linkId, String url) implements BusinessEvent, CustomerEvent {
}
