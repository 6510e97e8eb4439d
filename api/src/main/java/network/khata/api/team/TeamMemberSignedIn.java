package network.khata.api.team;

import java.time.Instant;
import java.util.UUID;

/** A team member entered a right code; it is used up. */
public record TeamMemberSignedIn(UUID memberId, Instant signedInAt) {
}
