package network.khata.api.verification;

import java.time.Instant;
import java.util.UUID;

/** The customer proved the phone is theirs, the first time. */
public record PhoneVerified(UUID customerId, String phone, Instant verifiedAt) {
}
