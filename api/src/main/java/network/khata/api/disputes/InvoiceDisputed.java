package network.khata.api.disputes;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** The customer said the invoice is not right; the dispute is open until the owner resolves it. */
public record InvoiceDisputed(UUID invoiceId, UUID businessId, UUID customerId, String invoiceNumber, DisputeReason reason,
                              String note) implements BusinessEvent, CustomerEvent {
}
