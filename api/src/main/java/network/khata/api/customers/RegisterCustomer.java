package network.khata.api.customers;

import network.khata.api.identity.NetworkIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Adds a customer to a business's khata. The party id is derived from (business, phone), so registering the same
 * phone again in the same business reaches the same party and returns it instead of creating a duplicate.
 *
 * @param phone E.164, already normalised at the edge
 * @param email lower-case, or null
 */
public record RegisterCustomer(@TargetAggregateIdentifier UUID partyId, UUID businessId, UUID customerId,
                               String name, String phone, String email, ProfileType profileType,
                               boolean autoTagRecentInvoices) {

    public static RegisterCustomer of(UUID businessId, String name, String phone, String email,
                                      ProfileType profileType, boolean autoTagRecentInvoices) {
        UUID customerId = NetworkIds.customerId(phone);
        return new RegisterCustomer(NetworkIds.partyId(businessId, customerId), businessId, customerId,
                name, phone, email, profileType, autoTagRecentInvoices);
    }
}
