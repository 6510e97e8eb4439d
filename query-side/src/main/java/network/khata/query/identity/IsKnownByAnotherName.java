package network.khata.query.identity;

import java.util.UUID;

/** Query: does the network know this customer's phone under a first name other than {@code name}? Answers a Boolean. */
public record IsKnownByAnotherName(UUID customerId, String name) {
}
