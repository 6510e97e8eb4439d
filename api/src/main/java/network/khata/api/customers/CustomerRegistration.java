package network.khata.api.customers;

import java.util.UUID;

/** What {@link RegisterCustomer} answers: the party as the business knows it, and whether this call created it. */
public record CustomerRegistration(UUID partyId, UUID customerId, String name, String phone, String email,
                                   boolean created) {
}
