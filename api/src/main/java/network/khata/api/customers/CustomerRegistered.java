package network.khata.api.customers;

import network.khata.api.sequencing.BusinessEvent;
import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** A business added a customer; {@code customerId} is the network identity shared by every business of that phone. */
public record CustomerRegistered(UUID partyId, UUID businessId, UUID customerId, String name, String phone,
                                 String email, ProfileType profileType, boolean autoTagRecentInvoices) implements BusinessEvent, CustomerEvent {
}
