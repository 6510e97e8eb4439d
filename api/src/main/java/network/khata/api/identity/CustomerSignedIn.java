package network.khata.api.identity;

import network.khata.api.sequencing.CustomerEvent;

import java.time.Instant;
import java.util.UUID;

/** The customer entered a right code and got into the portal; the code is used up. */
public record CustomerSignedIn(UUID customerId, Instant signedInAt) implements CustomerEvent {
}
