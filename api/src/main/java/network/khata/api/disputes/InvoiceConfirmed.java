package network.khata.api.disputes;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** The customer said the invoice is right. */
public record InvoiceConfirmed(UUID invoiceId, UUID businessId, UUID customerId, String invoiceNumber)
        implements BusinessEvent, CustomerEvent {
}
