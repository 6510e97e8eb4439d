package network.khata.api.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign-in code went to a team member's phone: as for customers, the event store keeps a keyed hash of it and, for
 * the SMS sender, the code sealed with the server's key; never the code.
 */
public record TeamCodeIssued(UUID memberId, String phone, String codeHash, String sealedCode, Instant expiresAt,
                             Instant resendAfter) {
}
