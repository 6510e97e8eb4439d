package network.khata.query.team;

import java.util.UUID;

/** Query: the businesses a signed-in team member acts for, by name; answers a list of {@link Membership}. */
public record FindMemberships(UUID memberId) {
}
