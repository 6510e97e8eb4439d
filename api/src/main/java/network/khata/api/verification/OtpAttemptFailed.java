package network.khata.api.verification;

import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/** A wrong code was entered; {@code attempts} wrong ones so far for the current code, {@code locked} when that is the last allowed. */
public record OtpAttemptFailed(UUID customerId, int attempts, boolean locked) implements CustomerEvent {
}
