package network.khata.api.identity;

import network.khata.api.sequencing.CustomerEvent;

import java.util.UUID;

/**
 * A wrong code was entered; {@code attempts} wrong ones in the last day for this phone (before issue 22: for the current
 * code), {@code locked} when that is the last the phone takes in a day.
 */
public record OtpAttemptFailed(UUID customerId, int attempts, boolean locked) implements CustomerEvent {
}
