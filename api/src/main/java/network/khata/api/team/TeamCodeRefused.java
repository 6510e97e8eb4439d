package network.khata.api.team;

import java.util.UUID;

/** A wrong code for a team member's phone: {@code wrongToday} in the last day, {@code locked} at the day's last. */
public record TeamCodeRefused(UUID memberId, int wrongToday, boolean locked) {
}
