package network.khata.api.verification;

import network.khata.api.sequencing.CustomerEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A code was issued. The event store keeps only a keyed hash of it ({@code codeHash}) and, for the SMS sender, the code
 * sealed with the server's key ({@code sealedCode}); never the code itself.
 */
public record OtpIssued(UUID customerId, String phone, String codeHash, String sealedCode,
                        Instant expiresAt, Instant resendAfter) implements CustomerEvent {
}
