package network.khata.query.customers;

import java.util.UUID;

/** Query: whether the network customer has verified their phone; answers a Boolean. */
public record IsPhoneVerified(UUID customerId) {
}
