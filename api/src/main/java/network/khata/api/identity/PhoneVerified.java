package network.khata.api.identity;

import network.khata.api.sequencing.CustomerEvent;

import java.time.Instant;
import java.util.UUID;

/** The customer proved the phone is theirs, the first time. */
public record PhoneVerified(UUID customerId, String phone, Instant verifiedAt) implements CustomerEvent {
}
