package network.khata.query.identity;

import java.util.UUID;

/** Query: whether the network customer has verified their phone; answers a Boolean. */
public record IsPhoneVerified(UUID customerId) {
}
