package network.khata.api.identity;

import network.khata.api.sequencing.CustomerEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * A code was issued. The event store keeps only a keyed hash of it ({@code codeHash}) and, for the SMS sender, the code
 * sealed with the server's key ({@code sealedCode}); never the code itself. {@code forSignIn}: the portal's code (the
 * customer asked) or the owner's (welcome); each path has a code of its own.
 */
public record OtpIssued(UUID customerId, String phone, String codeHash, String sealedCode,
                        Instant expiresAt, Instant resendAfter, Boolean forSignIn) implements CustomerEvent {
    /** A code of the owner's path (codes recorded before the paths were told apart count as the portal's). */
    public OtpIssued(UUID customerId, String phone, String codeHash, String sealedCode, Instant expiresAt, Instant resendAfter) {
        this(customerId, phone, codeHash, sealedCode, expiresAt, resendAfter, false);
    }

    /** Whether the customer asked for it in the portal (else an owner's auto-register sent it). */
    public boolean portal() {
        return forSignIn == null || forSignIn;
    }
}
